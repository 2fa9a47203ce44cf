import { json, withRoute } from "@/lib/http/route";
import { PlanCreateInput, PlanListQuery } from "@/lib/training/schema";
import { createPlan, listPlans } from "@/lib/training/plans";

// GET /api/v1/training-plans — training plans (年度培训计划, 五年培训规划), five-year first, newest year first
export const GET = withRoute({ permission: "training_plan.list", query: PlanListQuery }, async ({ actor, query }) =>
  json(await listPlans(actor, query)),
);

// POST /api/v1/training-plans — draft a plan: 指导思想, 目的意义, 培训对象 (levels, groups), 培训内容, 培训形式, 时间安排 (office)
export const POST = withRoute({ permission: "training_plan.manage", body: PlanCreateInput }, async ({ actor, body }) =>
  json(await createPlan(actor, body), { status: 201 }),
);
