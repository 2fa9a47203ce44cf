import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { rectificationsView } from "@/lib/supervision/rectification/views";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { RectificationTable } from "@/components/supervision/rectification-table";
import type { RectificationListQuery } from "@/lib/supervision/rectification/schema";

export const metadata: Metadata = { title: "整改任务" };

type SP = Record<string, string | undefined>;

const FILTERS = [
  ["", "全部"],
  ["status=overdue", "已逾期"],
  ["status=due_soon", "即将到期"],
  ["state=REPORTED", "待审核"],
  ["state=ACCEPTED", "已验收"],
] as const;

const ON_TIME_LABELS = { true: "按期报送首份整改报告的任务", base: "计入按期整改率的任务" } as const;

/** The filters a figure's link sets (the year, the on-time rate's tasks, the unit), shown with a way to clear them. */
function FigureFilter({ query, unitName }: { query: RectificationListQuery; unitName?: string }) {
  if (!query.year && !query.onTime && !query.unitId) return null;
  const parts = [
    query.year ? `${query.year} 年度` : null,
    query.unitId ? `承办单位：${unitName ?? "指定单位"}` : null,
    query.onTime ? ON_TIME_LABELS[query.onTime] : null,
  ].filter(Boolean);
  return (
    <p className="mb-3 flex flex-wrap items-center gap-2 text-sm" data-filter="figure">
      <span className="rounded border border-blue-800 bg-blue-50 px-2 py-1">只显示：{parts.join(" · ")}</span>
      <Link href="/rectifications" className="inline-flex min-h-11 items-center text-blue-800 underline">
        清除筛选
      </Link>
    </p>
  );
}

/** The office's (and a unit's own) rectification tasks, with the reminder counts (催办). */
export default async function RectificationsPage({ searchParams }: { searchParams: Promise<SP> }) {
  const actor = await requirePageActor("rectification.list");
  const sp = await searchParams;
  const { query, list, counts, office } = await rectificationsView(actor, sp);
  const current = sp.status ? `status=${sp.status}` : sp.state ? `state=${sp.state}` : "";
  return (
    <>
      <PageHeader
        title={office ? "整改任务" : "本单位整改任务"}
        description={`审议意见送达后的整改：报送整改报告、审核、催办和回访 · 已逾期 ${counts.overdue} 件，${counts.soonDays} 天内到期 ${counts.dueSoon} 件`}
      />
      <nav aria-label="筛选整改任务" className="mb-3 flex flex-wrap gap-2">
        {FILTERS.map(([q, label]) => (
          <Link
            key={label}
            href={q ? `/rectifications?${q}` : "/rectifications"}
            aria-current={current === q ? "page" : undefined}
            className="inline-flex min-h-11 items-center rounded border border-stone-400 bg-white px-3 text-sm aria-[current=page]:border-blue-800 aria-[current=page]:bg-blue-50"
          >
            {label}
          </Link>
        ))}
      </nav>
      <FigureFilter query={query} unitName={list.items.find((t) => t.unit.id === query.unitId)?.unit.name} />
      <RectificationTable rows={list.items} empty="没有符合条件的整改任务" />
      <Pagination
        basePath="/rectifications"
        page={list.page}
        pageSize={list.pageSize}
        total={list.total}
        searchParams={sp}
      />
    </>
  );
}
