import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import type { InboxItem } from "@/lib/inbox/service";

/** What each source's items are called, and their states' words (the source's own values). */
const KIND_LABELS: Record<string, string> = {
  suggestion: "代表建议",
  rectification: "整改任务",
  petition: "信访件",
};

/** A unit's one inbox: every module's items, being handled first, soonest due first. */
export function UnitInbox({ rows, stateLabels }: { rows: InboxItem[]; stateLabels: Record<string, string> }) {
  return (
    <DataTable
      rows={rows}
      rowKey={(r) => `${r.kind}:${r.id}`}
      caption="本单位收件箱"
      empty="暂无交办给本单位的事项"
      columns={[
        { header: "类型", cell: (r) => KIND_LABELS[r.kind] ?? r.kind },
        {
          header: "事项",
          cell: (r) => (
            <Link href={r.link} className="text-blue-800 underline">
              {r.title}
            </Link>
          ),
        },
        { header: "编号", cell: (r) => r.number ?? "—" },
        { header: "状态", cell: (r) => stateLabels[`${r.kind}:${r.state}`] ?? r.state },
        { header: "期限", cell: (r) => r.dueDate ?? "—" },
        { header: "办理中", cell: (r) => (r.open ? "是" : "已办结") },
      ]}
    />
  );
}
