import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { RECEPTION_STATUS_LABELS } from "@/lib/reception/labels";
import type { DayStatus } from "@/lib/reception/rules";

export interface DayRow {
  id: string;
  date: string;
  place: string | null;
  status: DayStatus;
  noticePublishedOn: string | null;
  noticeDueOn: string;
  noticeOwed: boolean;
  cancelled: boolean;
  note: string | null;
  duties: number;
  visits: number;
}

const WEEKDAYS = ["日", "一", "二", "三", "四", "五", "六"];
const weekday = (day: string) => `周${WEEKDAYS[new Date(`${day}T00:00:00Z`).getUTCDay()]}`;

function notice(r: DayRow) {
  if (r.cancelled) return "—";
  if (r.noticePublishedOn) return `已发布（${r.noticePublishedOn}）`;
  return (
    <span className={r.noticeOwed ? "font-medium text-red-800" : "text-stone-600"}>应于 {r.noticeDueOn} 前发布</span>
  );
}

/** The year's reception days: date, place, status, notice, deputies on duty, visitors. */
export function DayTable({ rows, empty }: { rows: DayRow[]; empty: string }) {
  return (
    <DataTable
      rows={rows}
      rowKey={(r) => r.id}
      caption="接待选民日列表"
      empty={empty}
      columns={[
        {
          header: "日期",
          cell: (r) => (
            <Link href={`/reception-days/${r.id}`} className="text-blue-800 underline">
              {r.date}（{weekday(r.date)}）
            </Link>
          ),
        },
        { header: "地点", cell: (r) => r.place ?? "未填写" },
        {
          header: "状态",
          cell: (r) => (
            <span>
              {RECEPTION_STATUS_LABELS[r.status]}
              {r.cancelled && r.note && <span className="ml-1 text-stone-600">（{r.note}）</span>}
            </span>
          ),
        },
        { header: "公告", cell: notice },
        { header: "值班代表", cell: (r) => `${r.duties} 名` },
        { header: "来访", cell: (r) => `${r.visits} 人次` },
      ]}
    />
  );
}
