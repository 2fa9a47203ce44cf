import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { inputClass } from "@/components/ui/form-field";
import { DIRECTION_LABELS, DOCUMENT_CATEGORIES } from "@/lib/documents/labels";
import type { DocumentSummary } from "@/lib/documents/entry";

type Direction = "INCOMING" | "OUTGOING";

/** The register's filters as a plain GET form (the tab's direction kept). */
export function RegisterFilters({
  year,
  direction,
  category,
  q,
}: {
  year: number;
  direction: Direction;
  category?: string;
  q?: string;
}) {
  const v = { query: { category, q } };
  return (
    <form method="get" aria-label="筛选" className="no-print my-3 flex flex-wrap items-end gap-2">
      <input type="hidden" name="direction" value={direction} />
      <label className="flex flex-col text-sm">
        年度
        <input type="number" name="year" defaultValue={year} min={2000} max={2100} className={`${inputClass} w-28`} />
      </label>
      <label className="flex flex-col text-sm">
        档案分类
        <select name="category" defaultValue={v.query.category ?? ""} className={inputClass}>
          <option value="">全部</option>
          {DOCUMENT_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-sm">
        关键词
        <input name="q" defaultValue={v.query.q ?? ""} placeholder="标题、文号或单位" className={inputClass} />
      </label>
      <button type="submit" className="min-h-10 rounded border border-stone-300 bg-white px-3 text-sm">
        查看
      </button>
    </form>
  );
}

/** The register of one direction: the registration number opens the entry. */
export function RegisterTable({
  rows,
  year,
  direction,
}: {
  rows: DocumentSummary[];
  year: number;
  direction: Direction;
}) {
  return (
    <DataTable
      caption={`${year}年${DIRECTION_LABELS[direction]}登记`}
      rows={rows}
      rowKey={(r) => r.id}
      empty={`${year}年还没有${DIRECTION_LABELS[direction]}登记`}
      columns={[
        {
          header: "登记号",
          cell: (r) => (
            <Link href={`/documents/${r.id}`} className="text-blue-800 underline">
              {r.registerNumber}
            </Link>
          ),
        },
        { header: direction === "INCOMING" ? "收文日期" : "发文日期", cell: (r) => r.date },
        { header: "文号", cell: (r) => r.docNumber ?? "—" },
        { header: direction === "INCOMING" ? "来文单位" : "主送单位", cell: (r) => r.counterpart },
        { header: "标题", cell: (r) => r.title },
        { header: "分类", cell: (r) => r.category },
        { header: "办理情况", cell: (r) => (r.handledOn ? `已办结（${r.handledOn}）` : (r.handling ?? "待办理")) },
      ]}
    />
  );
}
