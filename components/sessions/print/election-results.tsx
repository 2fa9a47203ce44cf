import type { ElectionReport } from "@/lib/sessions/report";
import { NOMINATION_LABELS } from "@/lib/sessions/labels";
import { PrintTable, cell } from "@/components/sessions/print/print-sheet";

/** One election's candidates, rounds and who was elected, as in the minutes. */
export function ElectionResults({ e }: { e: ElectionReport }) {
  return (
    <div className="mb-3">
      <p className="font-semibold">
        {e.title}（应选 {e.seats} 名）
      </p>
      {e.candidates.length > 0 && (
        <p className="indent-[2em]">
          候选人：
          {e.candidates
            .map(
              (c) =>
                `${c.name}（${NOMINATION_LABELS[c.nominatedBy]}${c.nominatorCount ? `，${c.nominatorCount} 名代表联名` : ""}）`,
            )
            .join("、")}
          。
        </p>
      )}
      {(e.scrutineers.length > 0 || e.counters.length > 0) && (
        <p className="indent-[2em]">
          监票人：{e.scrutineers.join("、") || "—"}；计票人：{e.counters.join("、") || "—"}。
        </p>
      )}
      {e.rounds.map((round) => (
        <div key={round.roundNo} className="mt-1">
          <p className="indent-[2em]">
            第 {round.roundNo} 次投票（应选 {round.seats} 名）：发出选票 {round.ballotsIssued} 张，收回{" "}
            {round.ballotsReturned} 张，其中无效票 {round.invalidBallots} 张、有效票{" "}
            {round.ballotsReturned - round.invalidBallots} 张；
            {round.void
              ? "收回选票多于发出选票，本次选举无效。"
              : `在任代表 ${round.sittingAtRound} 名，当选须获得 ${round.required} 票以上赞成票。`}
          </p>
          {!round.void && round.results.length > 0 && (
            <PrintTable head={["候选人", "赞成", "反对", "弃权", "结果"]} className="mt-1 text-[10pt]">
              {round.results.map((x, i) => (
                <tr key={i}>
                  <td className={cell}>
                    {x.name}
                    {x.writeIn ? "（另选）" : ""}
                  </td>
                  <td className={`${cell} text-center`}>{x.votesFor}</td>
                  <td className={`${cell} text-center`}>{x.votesAgainst}</td>
                  <td className={`${cell} text-center`}>{x.votesAbstain}</td>
                  <td className={`${cell} text-center`}>{x.elected ? "当选" : "未当选"}</td>
                </tr>
              ))}
            </PrintTable>
          )}
        </div>
      ))}
      <p className="indent-[2em] font-semibold">
        {e.elected.length ? `当选：${e.elected.join("、")}。` : e.rounds.length ? "本项选举尚无人当选。" : "尚未投票。"}
      </p>
    </div>
  );
}
