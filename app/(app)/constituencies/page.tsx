import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { constituenciesView } from "@/lib/roster/views";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { ConfirmDeleteButton } from "@/components/ui/confirm-delete-button";
import { ConstituencyForm } from "@/components/roster/constituency-form";

export const metadata: Metadata = { title: "选区" };

type Item = Awaited<ReturnType<typeof constituenciesView>>["items"][number];

/** The office renames or describes a 选区, or deletes one no deputy belongs to. */
function Manage({ c, termId }: { c: Item; termId: string }) {
  return (
    <div className="no-print flex flex-col gap-2">
      <details>
        <summary className="cursor-pointer text-sm text-blue-800">修改</summary>
        <div className="mt-2">
          <ConstituencyForm termId={termId} initial={c} />
        </div>
      </details>
      {c.deputies === 0 && <ConfirmDeleteButton url={`/api/v1/constituencies/${c.id}`} name={c.name} />}
    </div>
  );
}

export default async function ConstituenciesPage() {
  const actor = await requirePageActor("constituency.list");
  const { manage, term, items } = await constituenciesView(actor);
  if (!term)
    return (
      <>
        <PageHeader title="选区" />
        <p className="text-stone-700">尚未设置本届（届次），请先在“届次”中新建。</p>
      </>
    );
  return (
    <>
      <PageHeader
        title="选区"
        description={`第${term.number}届的选区；代表的选区从这里选择，名册可按选区筛选。有代表的选区不能删除。`}
      />
      {manage && (
        <details className="no-print mb-4 rounded border border-stone-200 bg-white p-4">
          <summary className="cursor-pointer text-sm font-medium text-blue-800">新增选区</summary>
          <div className="mt-3">
            <ConstituencyForm termId={term.id} />
          </div>
        </details>
      )}
      <DataTable
        caption={`第${term.number}届选区`}
        rows={items}
        rowKey={(c) => c.id}
        empty="本届尚未添加选区"
        columns={[
          { header: "选区", cell: (c) => c.name },
          { header: "选区范围", cell: (c) => c.description ?? "—" },
          { header: "选民数", cell: (c) => (c.voterCount === null ? "—" : `${c.voterCount} 人`) },
          {
            header: "代表",
            cell: (c) => (
              <Link
                className="text-blue-800 underline"
                href={`/deputies?${new URLSearchParams({ constituency: c.name })}`}
                aria-label={`${c.name}的代表：在任 ${c.sitting} 名`}
              >
                在任 {c.sitting} 名{c.deputies > c.sitting ? `（共 ${c.deputies} 名）` : ""}
              </Link>
            ),
          },
          ...(manage ? [{ header: "操作", cell: (c: Item) => <Manage c={c} termId={term.id} /> }] : []),
        ]}
      />
    </>
  );
}
