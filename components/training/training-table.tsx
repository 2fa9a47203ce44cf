import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";

export interface TrainingRow {
  id: string;
  title: string;
  kindLabel: string;
  startDate: string;
  endDate: string;
  days: number;
  place: string | null;
  enrolled: number;
  cancelled: boolean;
}

const dates = (t: { startDate: string; endDate: string }) =>
  t.endDate !== t.startDate ? `${t.startDate} 至 ${t.endDate}` : t.startDate;

/** The year's trainings: kind, dates, days, place, how many enrolled. */
export function TrainingTable({ rows }: { rows: TrainingRow[] }) {
  return (
    <DataTable<TrainingRow>
      caption="培训列表"
      rows={rows}
      rowKey={(t) => t.id}
      empty="本年还没有培训"
      columns={[
        {
          header: "培训",
          cell: (t) => (
            <Link href={`/training/sessions/${t.id}`} className="text-blue-800 underline">
              {t.title}
              {t.cancelled && "（已取消）"}
            </Link>
          ),
        },
        { header: "类型", cell: (t) => t.kindLabel },
        { header: "日期", cell: dates },
        { header: "天数", cell: (t) => `${t.days} 天` },
        { header: "地点", cell: (t) => t.place ?? "—" },
        { header: "参加", cell: (t) => `${t.enrolled} 人` },
      ]}
    />
  );
}
