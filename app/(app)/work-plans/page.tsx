import type { Metadata } from "next";
import { z } from "zod";
import { requirePageActor } from "@/lib/auth/page";
import { parseSearchParams } from "@/lib/http/validation";
import { PlanYear } from "@/lib/work-plans/schema";
import { workPlansView } from "@/lib/work-plans/views";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { YearPicker } from "@/components/ui/year-picker";
import { NewPlanForm } from "@/components/work-plans/new-plan-form";
import { PlanTable } from "@/components/work-plans/plan-table";

export const metadata: Metadata = { title: "工作要点" };

const Query = z.object({ year: PlanYear.optional() });

/** 工作要点 by year: each plan's state, the party committee's approval and its progress. */
export default async function WorkPlansPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requirePageActor("work_plan.list");
  const { year } = parseSearchParams(Query, await searchParams);
  const v = await workPlansView(actor, year);
  return (
    <>
      <PageHeader
        title="工作要点"
        description="年初问计划，年中问进展，年末问结果：主席团年度工作要点、党委审定和完成情况"
      />
      <YearPicker year={year} />
      <Section id="plans" title={year ? `${year}年工作要点` : "各年度工作要点"}>
        {v.plans.length === 0 ? (
          <p className="text-sm text-stone-700">还没有工作要点。</p>
        ) : (
          <PlanTable plans={v.plans} />
        )}
      </Section>
      {v.manage && (
        <Section id="new" title="新建工作要点">
          <NewPlanForm year={year ?? v.nextYear} />
        </Section>
      )}
    </>
  );
}
