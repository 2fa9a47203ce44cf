import type { PresentedElection } from "@/lib/sessions/elections";
import { RECORD_STATE_LABELS, ROUND_KIND_LABELS } from "@/lib/sessions/labels";
import { RevokeForm } from "@/components/sessions/record-corrections";
import { RoundCorrectionForm } from "@/components/sessions/round-correction-form";

type Round = PresentedElection["rounds"][number];

/**
 * One round as stored: the ballot figures, void or not, and each line of the tally with its result; for the
 * latest round and the office, its 更正 and 作废.
 */
export function RoundResults({
  round: r,
  correctable,
}: {
  round: Round;
  /** The latest round, for the office: 更正 and 作废 forms (each with its reason). */
  correctable?: { sessionId: string; electionId: string; candidates: { id: string; name: string }[] };
}) {
  return (
    <div className={`rounded border border-stone-200 p-2${r.current ? "" : " bg-stone-50 text-stone-600"}`}>
      <h4 className="font-medium">
        第{r.roundNo}轮{r.kind === "FIRST" ? "" : `（${ROUND_KIND_LABELS[r.kind]}）`}
        {!r.current && <span className="ml-2 text-sm text-amber-900">{RECORD_STATE_LABELS[r.state]}</span>}
      </h4>
      {r.revoked && <p className="text-sm text-amber-900">作废理由：{r.revokeReason}</p>}
      {!r.current && !r.revoked && <p className="text-sm text-amber-900">以更正后的记录为准</p>}
      {r.correctsId && <p className="text-sm text-stone-700">更正理由：{r.correctionReason}</p>}
      <p className="text-sm text-stone-700">
        应选 {r.seats} 名 · 发出 {r.ballotsIssued} 张 · 收回 {r.ballotsReturned} 张
        {r.validBallots !== null && ` · 无效 ${r.invalidBallots} 张 · 有效 ${r.validBallots} 张`} · 出席{" "}
        {r.presentAtRound} / 在任 {r.sittingAtRound}，当选需过半数 {r.required} 票
      </p>
      {r.void && (
        <p className="text-sm font-medium text-red-800">收回选票多于发出选票，本轮投票无效，以原候选人重新投票</p>
      )}
      {r.results.length > 0 && (
        <table className="mt-1 w-full text-left text-sm">
          <caption className="sr-only">第{r.roundNo}轮计票结果</caption>
          <thead>
            <tr className="text-stone-700">
              <th scope="col" className="font-medium">
                姓名
              </th>
              <th scope="col" className="font-medium">
                赞成
              </th>
              <th scope="col" className="font-medium">
                反对
              </th>
              <th scope="col" className="font-medium">
                弃权
              </th>
              <th scope="col" className="font-medium">
                结果
              </th>
            </tr>
          </thead>
          <tbody>
            {r.results.map((x) => (
              <tr key={x.id} className="border-t border-stone-200">
                <th scope="row" className="py-1 font-normal">
                  {x.name}
                  {!x.candidateId && <span className="text-stone-600">（另选人）</span>}
                </th>
                <td>{x.votesFor}</td>
                <td>{x.candidateId ? x.votesAgainst : "—"}</td>
                <td>{x.candidateId ? x.votesAbstain : "—"}</td>
                <td>
                  {x.elected ? (
                    <strong className="text-green-900">当选</strong>
                  ) : x.tied ? (
                    <span className="text-amber-900">票数相等，再次投票</span>
                  ) : (
                    "未当选"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {correctable && <RoundActions round={r} {...correctable} />}
    </div>
  );
}

/** The latest round's 更正 (the tally sheet again) and 作废, each with its reason. */
function RoundActions({
  round: r,
  sessionId,
  electionId,
  candidates,
}: {
  round: Round;
  sessionId: string;
  electionId: string;
  candidates: { id: string; name: string }[];
}) {
  return (
    <div className="mt-1 flex flex-col gap-1">
      <RoundCorrectionForm
        sessionId={sessionId}
        electionId={electionId}
        roundNo={r.roundNo}
        round={r}
        standing={r.standingIds}
        candidates={candidates.filter((c) => r.standingIds.includes(c.id))}
      />
      <RevokeForm
        url={`/api/v1/sessions/${sessionId}/elections/${electionId}/rounds/${r.id}/revocation`}
        what={`第${r.roundNo}轮计票结果`}
      />
    </div>
  );
}
