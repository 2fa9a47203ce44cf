import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/page";
import { newPlanView } from "@/lib/training/views";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { PlanForm } from "@/components/training/plan-form";

export const metadata: Metadata = { title: "新建培训计划" };

export default async function NewPlanPage() {
  const actor = await requirePageActor("training_plan.manage");
  const { term, groups, year, termYears } = await newPlanView(actor);
  return (
    <>
      <PageHeader title="新建培训计划" description="年度培训计划或届内五年培训规划，保存为草稿后由主席批准" />
      {term ? (
        <PlanForm groups={groups} year={year} termYears={termYears} />
      ) : (
        <Alert tone="warning">尚未设置本届（届次），请先在“届次”中新建。</Alert>
      )}
    </>
  );
}
