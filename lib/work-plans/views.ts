// What the year plan's pages show: the plans by year, and one plan with its items, progress, links and forms.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { formatDay, todayInChina } from "@/lib/time/day";
import { getPlanOrThrow, listPlans } from "@/lib/work-plans/service";
import { HAPPENED_RULES } from "@/lib/work-plans/records";

export async function workPlansView(actor: Actor, year?: number) {
  const plans = await listPlans(actor, { page: 1, pageSize: 100, ...(year ? { year } : {}) });
  return {
    plans: plans.items,
    total: plans.total,
    manage: can(actor, "work_plan.manage"),
    nextYear: todayInChina().getUTCFullYear() + 1,
  };
}

export async function workPlanView(actor: Actor, id: string) {
  const plan = await getPlanOrThrow(actor, id);
  const draft = plan.state === "DRAFT";
  return {
    plan,
    /** Approved: every change to its text is a correction with a reason. */
    approved: !draft,
    today: formatDay(todayInChina()),
    happenedRules: HAPPENED_RULES,
    may: {
      manage: can(actor, "work_plan.manage"),
      approve: draft && can(actor, "work_plan.approve"),
    },
  };
}
export type WorkPlanView = Awaited<ReturnType<typeof workPlanView>>;
