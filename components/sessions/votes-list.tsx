import type { listVotes } from "@/lib/sessions/votes";
import { VOTE_MODE_LABELS } from "@/lib/sessions/labels";
import { DataTable } from "@/components/ui/data-table";

type Vote = Awaited<ReturnType<typeof listVotes>>[number];

/** Resolution votes: the tally, who was there, the majority needed and the outcome in words. */
export function VotesList({ votes, agenda }: { votes: Vote[]; agenda: { id: string; title: string }[] }) {
  const titleOf = new Map(agenda.map((a) => [a.id, a.title]));
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
            </>
          ),
        },
        { header: "方式", cell: (v) => VOTE_MODE_LABELS[v.mode] },
        { header: "票数", cell: (v) => `赞成 ${v.votesFor} · 反对 ${v.votesAgainst} · 弃权 ${v.votesAbstain}` },
        { header: "人数", cell: (v) => `出席 ${v.presentAtVote} / 在任 ${v.sittingAtVote}` },
        { header: "需要", cell: (v) => `需过半数 ${v.required} 票` },
        {
          header: "结果",
          cell: (v) => (
            <strong className={v.passed ? "text-green-900" : "text-red-800"}>{v.passed ? "通过" : "未通过"}</strong>
          ),
        },
      ]}
    />
  );
}
