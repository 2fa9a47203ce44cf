import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { parseSearchParams } from "@/lib/http/validation";
import { ActivityListQuery } from "@/lib/supervision/schema";
import { activitiesView } from "@/lib/supervision/views";
import { SUPERVISION_KIND_LABELS } from "@/lib/supervision/labels";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { StateBadge } from "@/components/supervision/state-badge";
import { ActivityFilters } from "@/components/supervision/activity-filters";

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
      <ActivityFilters query={query} />
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
