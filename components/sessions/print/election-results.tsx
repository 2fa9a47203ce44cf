import type { ElectionReport } from "@/lib/sessions/report";
import { NOMINATION_LABELS } from "@/lib/sessions/labels";
import { roundSentence } from "@/lib/sessions/wording";
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
      {e.rounds.map((round, ri) => (
        <div key={ri} className="mt-1">
          <p className="indent-[2em]">{roundSentence(round)}</p>
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
