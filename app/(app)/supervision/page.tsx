import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { parseSearchParams } from "@/lib/http/validation";
import { ActivityListQuery } from "@/lib/supervision/schema";
import { activitiesView } from "@/lib/supervision/views";
import { SUPERVISION_KIND_LABELS, SUPERVISION_STATE_LABELS } from "@/lib/supervision/labels";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { inputClass } from "@/components/ui/form-field";
import { LabelOptions } from "@/components/ui/label-options";
import { StateBadge } from "@/components/supervision/state-badge";

export const metadata: Metadata = { title: "监督活动" };

type Row = Awaited<ReturnType<typeof activitiesView>>["list"]["items"][number];

export default async function SupervisionPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("supervision.list");
  const sp = await searchParams;
  const query = parseSearchParams(ActivityListQuery, sp);
  const { list, manage } = await activitiesView(actor, query);
  return (
    <>
      <PageHeader
        title="监督活动"
        description="工作评议、述职评议、执法检查、视察、调研、专项工作报告审议、预算审查和民主测评"
        actions={
          manage && (
            <Link href="/supervision/new" className="min-h-10 rounded bg-brand-700 px-4 py-2 text-sm text-white">
              新建监督活动
            </Link>
          )
        }
      />
      <form method="get" className="no-print mb-3 flex flex-wrap items-end gap-2" aria-label="筛选监督活动">
        <label className="flex flex-col text-sm">
          类型
          <select name="kind" defaultValue={query.kind ?? ""} className={`${inputClass} w-44`}>
            <option value="">全部</option>
            <LabelOptions labels={SUPERVISION_KIND_LABELS} />
          </select>
        </label>
        <label className="flex flex-col text-sm">
          状态
          <select name="state" defaultValue={query.state ?? ""} className={`${inputClass} w-36`}>
            <option value="">全部</option>
            <LabelOptions labels={SUPERVISION_STATE_LABELS} />
          </select>
        </label>
        <label className="flex flex-col text-sm">
          年份
          <input
            name="year"
            type="number"
            inputMode="numeric"
            defaultValue={query.year}
            className={`${inputClass} w-28`}
          />
        </label>
        <label className="flex flex-col text-sm">
          关键词
          <input name="q" defaultValue={query.q} className={`${inputClass} w-40`} />
        </label>
        <button type="submit" className="min-h-10 rounded border border-stone-400 bg-white px-4 text-sm">
          筛选
        </button>
      </form>
      <DataTable<Row>
        caption="监督活动列表"
        rows={list.items}
        rowKey={(a) => a.id}
        empty="还没有监督活动"
        columns={[
          {
            header: "活动",
            cell: (a) => (
              <Link href={`/supervision/${a.id}`} className="text-blue-800 underline">
                {a.title}
              </Link>
            ),
          },
          { header: "类型", cell: (a) => SUPERVISION_KIND_LABELS[a.kind] },
          {
            header: "日期",
            cell: (a) => (a.endDate && a.endDate !== a.startDate ? `${a.startDate} 至 ${a.endDate}` : a.startDate),
          },
          { header: "对象", cell: (a) => (a.targets ? `${a.targets} 个` : "—") },
          { header: "参加", cell: (a) => `${a.participants} 人` },
          { header: "状态", cell: (a) => <StateBadge state={a.state} /> },
        ]}
      />
      <Pagination
        basePath="/supervision"
        page={list.page}
        pageSize={list.pageSize}
        total={list.total}
        searchParams={sp}
      />
    </>
  );
}
