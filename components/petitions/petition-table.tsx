import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import type { PetitionSummary } from "@/lib/petitions/list";

/** The petitions: number, day received, channel and category, subject, petitioners (names only), units, state. */
export function PetitionTable({ rows, empty }: { rows: PetitionSummary[]; empty: string }) {
  return (
    <DataTable
      rows={rows}
      rowKey={(r) => r.id}
      caption="信访件列表"
      empty={empty}
      columns={[
        {
          header: "编号",
          cell: (r) => (
            <Link href={`/petitions/${r.id}`} className="text-blue-800 underline">
              {r.number ?? "信访件"}
            </Link>
          ),
        },
        { header: "收到日期", cell: (r) => r.receivedOn },
        { header: "渠道", cell: (r) => r.channelLabel },
        { header: "类别", cell: (r) => r.categoryLabel },
        {
          header: "标题",
          cell: (r) => (
            <span>
              {r.subject}
              {r.collective && (
                <span className="ml-2 text-stone-600">多人走访{r.visitorCount ? ` ${r.visitorCount} 人` : ""}</span>
              )}
            </span>
          ),
        },
        { header: "信访人", cell: (r) => r.petitioners },
        { header: "承办单位", cell: (r) => r.units.map((u) => u.name).join("、") || "—" },
        { header: "状态", cell: (r) => r.stateLabel },
      ]}
    />
  );
}
