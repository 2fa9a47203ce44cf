import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { parseSearchParams } from "@/lib/http/validation";
import { GroupActivityPageQuery } from "@/lib/group-activities/schema";
import { groupActivitiesView } from "@/lib/group-activities/views";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { YearPicker } from "@/components/ui/year-picker";
import { Pagination } from "@/components/ui/pagination";
import { ActivityForm, PlanForm } from "@/components/group-activities/activity-form";

export const metadata: Metadata = { title: "代表小组活动" };

type View = Awaited<ReturnType<typeof groupActivitiesView>>;
const Q = ["一", "二", "三", "四"];

/** Each group's activities per quarter, its plans and warnings. */
function QuarterTable({ f }: { f: NonNullable<View["figures"]> }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-sm">
        <caption className="sr-only">各小组每季度活动次数</caption>
        <thead>
          <tr className="border-b border-stone-300 text-left">
            <th scope="col" className="py-1">
              代表小组
            </th>
            {Q.map((q) => (
              <th key={q} scope="col" className="py-1">
                第{q}季度
              </th>
            ))}
            <th scope="col" className="py-1">
              全年
            </th>
            <th scope="col" className="py-1">
              提醒
            </th>
          </tr>
        </thead>
        <tbody>
          {f.groups.map((g) => (
            <tr key={g.groupId} className="border-b border-stone-100 align-top">
              <th scope="row" className="py-1 text-left font-normal">
                {g.name}
              </th>
              {g.byQuarter.map((n, i) => (
                <td key={i} className="py-1">
                  {n} 次
                  {g.plannedQuarters.includes(i + 1) ? "" : <span className="text-xs text-stone-600">（无计划）</span>}
                </td>
              ))}
              <td className="py-1">{g.total} 次</td>
              <td className="py-1 text-red-800">
                {g.warnings.map((w) => w.text).join("；") || <span className="text-green-800">正常</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default async function GroupActivitiesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("group_activity.list");
  const sp = await searchParams;
  const q = parseSearchParams(GroupActivityPageQuery, sp);
  const v = await groupActivitiesView(actor, q);
  return (
    <>
      <PageHeader
        title="代表小组活动"
        description="代表小组活动是闭会期间代表活动的基本形式（代表法第二十六条）；每次活动“五个有”：计划、内容、记录、总结、跟踪落实"
      />
      <YearPicker year={q.year} />
      {v.figures && (
        <Section id="quarters" title={`${q.year} 年各小组活动`} description={v.figures.rules.norms}>
          <QuarterTable f={v.figures} />
          <p className="mt-2 text-sm">
            全年活动 {v.figures.total} 次，出席 {v.figures.attendances} 人次，活动中提出建议 {v.figures.suggestions}{" "}
            件。
          </p>
        </Section>
      )}
      {v.canPlan && v.groups.length > 0 && (
        <Section id="plans" title="季度活动计划" description="五个有之“计划”：每个小组每季度的活动计划">
          {v.plans.length > 0 && (
            <ul className="mb-3 text-sm">
              {v.plans.map((p) => (
                <li key={p.id}>
                  {p.groupName} 第{Q[p.quarter - 1]}季度：{p.text}
                </li>
              ))}
            </ul>
          )}
          <PlanForm groups={v.groups} year={q.year} />
        </Section>
      )}
      {v.groups.length > 0 && (
        <details className="no-print my-4 rounded border border-stone-200 bg-white p-3">
          <summary className="cursor-pointer text-sm font-medium text-blue-800">登记小组活动</summary>
          <div className="mt-3 max-w-3xl">
            <ActivityForm groups={v.groups} onBehalf={v.canPlan} />
          </div>
        </details>
      )}
      <h2 className="mb-2 mt-4 text-lg font-semibold">活动记录</h2>
      {!v.list.items.length && <p className="text-sm text-stone-600">没有活动记录</p>}
      <ul className="flex flex-col gap-2">
        {v.list.items.map((a) => (
          <li key={a.id} className="rounded border border-stone-200 bg-white p-3">
            <Link href={`/groups/activities/${a.id}`} className="font-medium text-blue-800 underline">
              {a.heldOn} {a.groupName}：{a.topic}
            </Link>
            <p className="text-sm text-stone-700">
              出席 {a.attendees} 人 · 照片 {a.photos} 张 · 提出建议 {a.suggestions} 件{a.onBehalfOf ? " · 代录" : ""}
            </p>
          </li>
        ))}
      </ul>
      <Pagination
        total={v.list.total}
        page={v.list.page}
        pageSize={v.list.pageSize}
        searchParams={sp}
        basePath="/groups/activities"
      />
    </>
  );
}
