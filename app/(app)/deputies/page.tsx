import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import type { PresentedDeputy } from "@/lib/roster/present";
import { deputiesView, type RosterScope } from "@/lib/roster/views";
import { DEPUTY_STATUS_LABELS, LEVEL_LABELS } from "@/lib/roster/labels";
import { PageHeader } from "@/components/ui/page-header";
import { PhoneLink } from "@/components/ui/phone-link";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { RosterFilters } from "@/components/roster/roster-filters";
import { DeputyImport } from "@/components/roster/deputy-import";

export const metadata: Metadata = { title: "代表名册" };

const field = (d: PresentedDeputy, key: string) =>
  key in d ? String((d as Record<string, unknown>)[key] ?? "—") : null;

/** The columns the actor's scope shows. */
function columnsFor(scope: RosterScope): Column<PresentedDeputy>[] {
  const columns: Column<PresentedDeputy>[] = [
    {
      header: "姓名",
      cell: (d) => (
        <Link href={`/deputies/${d.id}`} className="text-blue-800 underline">
          {d.name}
        </Link>
      ),
    },
  ];
  if (scope === "HANDLING")
    columns.push(
      { header: "代表小组", cell: (d) => ("group" in d ? (d.group?.name ?? "未分组") : "—") },
      { header: "联系电话", cell: (d) => ("phone" in d ? <PhoneLink phone={d.phone} empty="—" /> : "—") },
    );
  else
    columns.push(
      { header: "代表小组", cell: (d) => ("group" in d ? (d.group?.name ?? "未分组") : "—") },
      { header: "层级", cell: (d) => ("levels" in d ? d.levels.map((l) => LEVEL_LABELS[l] ?? l).join("、") : "—") },
      { header: "状态", cell: (d) => ("status" in d ? DEPUTY_STATUS_LABELS[d.status] : "—") },
    );
  if (scope === "ALL")
    columns.push(
      { header: "选区", cell: (d) => field(d, "constituency") },
      { header: "政治面貌", cell: (d) => field(d, "party") },
      { header: "联系电话", cell: (d) => ("phone" in d ? <PhoneLink phone={d.phone} empty="—" /> : "—") },
    );
  return columns;
}

export default async function DeputiesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("deputy.list");
  const sp = await searchParams;
  const { query, list, options, scope, exportHref, may, toReview } = await deputiesView(actor, sp);
  return (
    <>
      <PageHeader
        title="代表名册"
        description={
          scope === "HANDLING"
            ? `本单位办理的建议所涉及的代表 · 共 ${list.total} 名`
            : options.term
              ? `第${options.term.number}届 · 共 ${list.total} 名`
              : "尚未设置本届"
        }
        actions={
          <>
            {may.create && (
              <Link href="/deputies/new" className="rounded bg-brand-700 px-4 py-2 text-sm text-white">
                新增代表
              </Link>
            )}
            {may.export && (
              <a href={exportHref} className="rounded border border-stone-400 bg-white px-4 py-2 text-sm">
                导出 Excel
              </a>
            )}
          </>
        }
      />
      {toReview > 0 && !query.review && (
        <p className="no-print mb-3 text-sm">
          <Link href="/deputies?review=1&status=ALL" className="text-blue-800 underline">
            {toReview} 名代表的民族、政治面貌或文化程度不在国家标准列表中，待核对
          </Link>
        </p>
      )}
      {may.import && (
        <details className="no-print mb-4">
          <summary className="cursor-pointer text-sm font-medium text-blue-800">从 Excel 导入</summary>
          <div className="mt-2">
            <DeputyImport />
          </div>
        </details>
      )}
      <RosterFilters
        query={query}
        groups={options.groups}
        constituencies={options.constituencies}
        parties={options.parties}
        scope={scope === "HANDLING" ? "NAME" : scope}
      />
      <DataTable
        caption="代表名册"
        rows={list.items}
        rowKey={(d) => d.id}
        columns={columnsFor(scope)}
        empty="没有符合条件的代表"
      />
      <Pagination basePath="/deputies" page={list.page} pageSize={list.pageSize} total={list.total} searchParams={sp} />
    </>
  );
}
