import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/data-table";
import { SUGGESTION_KIND_LABELS } from "@/lib/suggestions/labels";
import { StateBadge } from "@/components/suggestions/state-badge";
import { Deadline } from "@/components/suggestions/due-tag";
import type { SuggestionRow } from "@/components/suggestions/types";

/**
 * The office's, chair's and presidium's list, and — given `inboxOf`, the unit's id — a unit's
 * inbox: without the unit column, with its part (主办 / 协办), the deadline and state next to the title.
 */
export function SuggestionTable({
  rows,
  caption,
  empty,
  showUnit = true,
  inboxOf,
}: {
  rows: SuggestionRow[];
  caption: string;
  empty: string;
  showUnit?: boolean;
  inboxOf?: string;
}) {
  const col: Record<string, Column<SuggestionRow>> = {
    number: { header: "编号", cell: (s) => s.number ?? "未登记", className: "whitespace-nowrap" },
    title: {
      header: "标题",
      cell: (s) => (
        <>
          <Link href={`/suggestions/${s.id}`} className="text-blue-800 underline">
            {s.title}
          </Link>
          {s.kind === "MOTION" && (
            <span className="ml-1 text-sm text-stone-600">（{SUGGESTION_KIND_LABELS.MOTION}）</span>
          )}
        </>
      ),
    },
    proposer: { header: "领衔代表", cell: (s) => s.leadProposer ?? "—" },
    category: { header: "类别", cell: (s) => s.category },
    unit: { header: "主办单位", cell: (s) => s.leadUnit?.name ?? "—" },
    part: { header: "承办方式", cell: (s) => (s.leadUnit?.id === inboxOf ? "主办" : "协办") },
    deadline: { header: "办理期限", cell: (s) => <Deadline deadline={s.deadline} due={s.due} dueText={s.dueText} /> },
    state: { header: "状态", cell: (s) => <StateBadge state={s.state} awaitingSignOff={s.awaitingSignOff} /> },
  };
  const columns = inboxOf
    ? [col.number, col.title, col.deadline, col.state, col.part, col.category, col.proposer]
    : [col.number, col.title, col.proposer, col.category, ...(showUnit ? [col.unit] : []), col.deadline, col.state];
  return (
    <DataTable<SuggestionRow> caption={caption} rows={rows} rowKey={(s) => s.id} empty={empty} columns={columns} />
  );
}
