import type { listVotes } from "@/lib/sessions/votes";
import { RECORD_STATE_LABELS, VOTE_MODE_LABELS } from "@/lib/sessions/labels";
import { DataTable } from "@/components/ui/data-table";
import { RevokeForm, VoteCorrectionForm } from "@/components/sessions/record-corrections";

type Vote = Awaited<ReturnType<typeof listVotes>>[number];

/** The mark of a kept record: corrected (the newer one counts) or withdrawn, with the reason. */
function RecordMark({ v }: { v: Vote }) {
  if (v.current)
    return v.correctsId ? <span className="block text-xs text-stone-700">更正：{v.correctionReason}</span> : null;
  return (
    <span className="block text-xs font-medium text-amber-900">
      {RECORD_STATE_LABELS[v.state]}
      {v.revoked ? `：${v.revokeReason}` : "，以更正后的记录为准"}
    </span>
  );
}

/**
 * Resolution votes: the tally, who was there, the majority needed and the outcome in words. Corrected and
 * withdrawn votes stay listed, struck through and marked; the office corrects (更正) or withdraws (作废) a
 * current one when `canCorrect`.
 */
export function VotesList({
  sessionId,
  votes,
  agenda,
  canCorrect = false,
}: {
  sessionId: string;
  votes: Vote[];
  agenda: { id: string; title: string }[];
  canCorrect?: boolean;
}) {
  const titleOf = new Map(agenda.map((a) => [a.id, a.title]));
  const url = (v: Vote, what: string) => `/api/v1/sessions/${sessionId}/votes/${v.id}/${what}`;
  const struck = (v: Vote) => (v.current ? undefined : "text-stone-500 line-through");
  return (
    <DataTable<Vote>
      caption="表决结果"
      rows={votes}
      rowKey={(v) => v.id}
      empty="尚无表决记录"
      columns={[
        {
          header: "表决事项",
          cell: (v) => (
            <>
              {v.title}
              {v.agendaItemId && titleOf.has(v.agendaItemId) && (
                <span className="block text-xs text-stone-600">议程：{titleOf.get(v.agendaItemId)}</span>
              )}
              <RecordMark v={v} />
            </>
          ),
        },
        { header: "方式", cell: (v) => `${VOTE_MODE_LABELS[v.mode]}${v.byName ? "（逐人登记）" : ""}` },
        {
          header: "票数",
          cell: (v) => (
            <span className={struck(v)}>{`赞成 ${v.votesFor} · 反对 ${v.votesAgainst} · 弃权 ${v.votesAbstain}`}</span>
          ),
        },
        { header: "人数", cell: (v) => `出席 ${v.presentAtVote} / 在任 ${v.sittingAtVote}` },
        { header: "需要", cell: (v) => `需过半数 ${v.required} 票` },
        {
          header: "结果",
          cell: (v) =>
            v.current ? (
              <strong className={v.passed ? "text-green-900" : "text-red-800"}>{v.passed ? "通过" : "未通过"}</strong>
            ) : (
              <span className="text-stone-600">{RECORD_STATE_LABELS[v.state]}</span>
            ),
        },
        ...(canCorrect
          ? [
              {
                header: "更正",
                cell: (v: Vote) =>
                  v.current ? (
                    <div className="flex flex-col gap-1">
                      <VoteCorrectionForm url={url(v, "correction")} vote={v} />
                      <RevokeForm url={url(v, "revocation")} what={`表决结果：${v.title}`} />
                    </div>
                  ) : null,
              },
            ]
          : []),
      ]}
    />
  );
}
