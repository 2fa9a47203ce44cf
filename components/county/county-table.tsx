import Link from "next/link";
import type { CountyCell, CountyYear } from "@/lib/county/figures";
import type { FigureUnit } from "@/lib/year/summary";
import { DataTable, type Column } from "@/components/ui/data-table";

type Row = { id: string; name: string; href: string | null; figures: Record<string, CountyCell> };

const num = (v: number | null, unit: FigureUnit) => (v === null ? "—" : unit === "%" ? `${v}%` : String(v));

/** A figure of the year with the year before under it. */
function Cell({ cell, unit }: { cell: CountyCell | undefined; unit: FigureUnit }) {
  if (!cell) return <>—</>;
  return (
    <span className="flex flex-col">
      <span className="font-semibold">{num(cell.value, unit)}</span>
      <span className="text-xs text-stone-600">上年 {num(cell.previous, unit)}</span>
    </span>
  );
}

/** Every township of the county in one table: a row each, the county's total last; each links to its summary. */
export function CountyTable({ data }: { data: CountyYear }) {
  const rows: Row[] = [
    ...data.townships.map((t) => ({
      id: t.id,
      name: t.name,
      href: `/county/townships/${t.id}?year=${data.year}`,
      figures: t.figures,
    })),
    { id: "total", name: "全县合计", href: null, figures: data.total },
  ];
  const columns: Column<Row>[] = [
    {
      header: "乡镇",
      className: "md:whitespace-nowrap",
      cell: (r) =>
        r.href ? (
          <Link href={r.href} className="text-blue-800 underline">
            {r.name}
          </Link>
        ) : (
          <strong>{r.name}</strong>
        ),
    },
    ...data.columns.map((c) => ({
      header: `${c.label}（${c.unit}）`,
      cell: (r: Row) => <Cell cell={r.figures[c.id]} unit={c.unit} />,
    })),
  ];
  return (
    <DataTable
      caption={`${data.year}年各乡镇主要工作数字`}
      rows={rows}
      columns={columns}
      rowKey={(r) => r.id}
      empty="本县暂无乡镇"
    />
  );
}
