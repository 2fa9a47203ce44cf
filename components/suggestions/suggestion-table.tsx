import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { SUGGESTION_KIND_LABELS } from "@/lib/i18n/zh-CN";
import { StateBadge } from "@/components/suggestions/state-badge";
import { Deadline } from "@/components/suggestions/due-tag";
import type { SuggestionRow } from "@/components/suggestions/types";

/** The office's, chair's and presidium's list, and a unit's inbox (without the unit column). */
export function SuggestionTable({ rows, caption, empty, showUnit = true }: { rows: SuggestionRow[]; caption: string; empty: string; showUnit?: boolean }) {
  return (
    <DataTable<SuggestionRow>
      caption={caption}
      rows={rows}
      rowKey={(s) => s.id}
      empty={empty}
      columns={[
        { header: "编号", cell: (s) => s.number ?? "未登记", className: "whitespace-nowrap" },
        {
          header: "标题",
          cell: (s) => (
            <>
              <Link href={`/suggestions/${s.id}`} className="text-blue-800 underline">{s.title}</Link>
              {s.kind === "MOTION" && <span className="ml-1 text-sm text-stone-600">（{SUGGESTION_KIND_LABELS.MOTION}）</span>}
            </>
          ),
        },
        { header: "领衔代表", cell: (s) => s.leadProposer ?? "—" },
        { header: "类别", cell: (s) => s.category },
        ...(showUnit ? [{ header: "主办单位", cell: (s: SuggestionRow) => s.leadUnit?.name ?? "—" }] : []),
        { header: "办理期限", cell: (s) => <Deadline deadline={s.deadline} due={s.due} /> },
        { header: "状态", cell: (s) => <StateBadge state={s.state} /> },
      ]}
    />
  );
}
