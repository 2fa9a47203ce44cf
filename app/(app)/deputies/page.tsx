import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { can } from "@/lib/auth/policy";
import { parseSearchParams } from "@/lib/http/validation";
import { DeputyListQuery } from "@/lib/roster/schema";
import { listDeputies } from "@/lib/roster/deputies";
import { rosterOptions } from "@/lib/roster/options";
import type { PresentedDeputy } from "@/lib/roster/present";
import { DEPUTY_STATUS_LABELS, LEVEL_LABELS } from "@/lib/roster/labels";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { RosterFilters } from "@/components/roster/roster-filters";
import { DeputyImport } from "@/components/roster/deputy-import";

export const metadata: Metadata = { title: "代表名册" };

const field = (d: PresentedDeputy, key: string) =>
  key in d ? String((d as Record<string, unknown>)[key] ?? "—") : null;

export default async function DeputiesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("deputy.list");
  const sp = await searchParams;
  // The roster opens on sitting deputies; status=ALL (全部) shows everyone.
  const status = sp.status === undefined ? "SITTING" : sp.status === "ALL" ? undefined : sp.status;
  const query = parseSearchParams(DeputyListQuery, { ...sp, status });
  const [list, options] = await Promise.all([listDeputies(actor, query), rosterOptions(actor)]);
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
  if (actor.role !== "UNIT") {
    columns.push(
      { header: "代表小组", cell: (d) => ("group" in d ? (d.group?.name ?? "未分组") : "—") },
      { header: "层级", cell: (d) => ("levels" in d ? d.levels.map((l) => LEVEL_LABELS[l] ?? l).join("、") : "—") },
      { header: "状态", cell: (d) => ("status" in d ? DEPUTY_STATUS_LABELS[d.status] : "—") },
    );
  }
  if (actor.role === "OFFICE" || actor.role === "CHAIR" || actor.role === "PRESIDIUM") {
    columns.push(
      { header: "选区", cell: (d) => field(d, "constituency") },
      { header: "政治面貌", cell: (d) => field(d, "party") },
      { header: "联系电话", cell: (d) => field(d, "phone") },
    );
  }
  const exportHref = `/api/v1/deputies/export?${new URLSearchParams(Object.entries({ ...sp, status }).filter((e): e is [string, string] => !!e[1]))}`;
  return (
    <>
      <PageHeader
        title="代表名册"
        description={options.term ? `第${options.term.number}届 · 共 ${list.total} 名` : "尚未设置本届"}
        actions={
          <>
            {can(actor, "deputy.create") && (
              <Link href="/deputies/new" className="rounded bg-brand-700 px-4 py-2 text-sm text-white">
                新增代表
              </Link>
            )}
            {can(actor, "deputy.export") && (
              <a href={exportHref} className="rounded border border-stone-400 bg-white px-4 py-2 text-sm">
                导出 Excel
              </a>
            )}
          </>
        }
      />
      {can(actor, "deputy.import") && (
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
        scope={actor.role === "UNIT" ? "NAME" : actor.role === "DEPUTY" ? "PUBLIC" : "ALL"}
      />
      <DataTable
        caption="代表名册"
        rows={list.items}
        rowKey={(d) => d.id}
        columns={columns}
        empty="没有符合条件的代表"
      />
      <Pagination basePath="/deputies" page={list.page} pageSize={list.pageSize} total={list.total} searchParams={sp} />
    </>
  );
}
