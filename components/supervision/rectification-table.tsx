import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { RECTIFICATION_STATE_LABELS } from "@/lib/supervision/labels";
import type { RectificationSummary } from "@/lib/supervision/rectification/service";

/** The rectification tasks: number, unit, activity, state and the due words. */
export function RectificationTable({ rows, empty }: { rows: RectificationSummary[]; empty: string }) {
  return (
    <DataTable
      rows={rows}
      rowKey={(r) => r.id}
      caption="整改任务列表"
      empty={empty}
      columns={[
        {
          header: "编号",
          cell: (r) => (
            <Link href={`/rectifications/${r.id}`} className="text-blue-800 underline">
              {r.number ?? "整改任务"}
            </Link>
          ),
        },
        { header: "承办单位", cell: (r) => r.unit.name },
        { header: "监督活动", cell: (r) => r.activity.title },
        { header: "状态", cell: (r) => RECTIFICATION_STATE_LABELS[r.state] },
        {
          header: "整改期限",
          cell: (r) => (
            <span>
              {r.due}
              {r.dueText && (
                <span className={`ml-2 ${r.overdue ? "font-medium text-red-800" : "text-stone-600"}`}>{r.dueText}</span>
              )}
            </span>
          ),
        },
      ]}
    />
  );
}
