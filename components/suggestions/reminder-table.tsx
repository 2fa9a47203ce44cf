import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { StateBadge } from "@/components/suggestions/state-badge";
import type { ReminderItem } from "@/lib/suggestions/reminders";

/** The countdown in words, set off by colour as well: red when overdue. */
const OVERDUE: Record<ReminderItem["status"], boolean> = { OVERDUE: true, DUE_SOON: false };

function Countdown({ r }: { r: ReminderItem }) {
  return OVERDUE[r.status] ? (
    <span className="whitespace-nowrap rounded bg-red-700 px-1.5 text-sm font-medium text-white">{r.countdown}</span>
  ) : (
    <span className="whitespace-nowrap rounded border border-amber-600 bg-amber-50 px-1.5 text-sm font-medium text-amber-900">
      {r.countdown}
    </span>
  );
}

/** The reminder list (催办): number, title, lead unit, due day (with the delay), days left or overdue, state. */
export function ReminderTable({
  rows,
  showUnit,
  caption,
  empty,
}: {
  rows: ReminderItem[];
  showUnit: boolean;
  caption: string;
  empty: string;
}) {
  return (
    <DataTable<ReminderItem>
      caption={caption}
      rows={rows}
      rowKey={(r) => r.id}
      empty={empty}
      columns={[
        { header: "编号", cell: (r) => r.number ?? "未登记", className: "whitespace-nowrap" },
        {
          header: "标题",
          cell: (r) => (
            <Link href={`/suggestions/${r.id}`} className="text-blue-800 underline">
              {r.title}
            </Link>
          ),
        },
        ...(showUnit ? [{ header: "主办单位", cell: (r: ReminderItem) => r.leadUnit?.name ?? "—" }] : []),
        {
          header: "办理期限",
          cell: (r) => (
            <span className="whitespace-nowrap">
              {r.due}
              {r.delayed && <span className="block text-xs text-stone-600">已延期（原 {r.deadline}）</span>}
            </span>
          ),
        },
        { header: "剩余/逾期", cell: (r) => <Countdown r={r} /> },
        { header: "状态", cell: (r) => <StateBadge state={r.state} /> },
      ]}
    />
  );
}
