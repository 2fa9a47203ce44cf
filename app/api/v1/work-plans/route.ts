import { json, withRoute } from "@/lib/http/route";
import { WorkPlanCreateInput, WorkPlanListQuery } from "@/lib/work-plans/schema";
import { createPlan, listPlans } from "@/lib/work-plans/service";

// GET /api/v1/work-plans — the year plans (工作要点), newest year first, with each one's progress figures
export const GET = withRoute({ permission: "work_plan.list", query: WorkPlanListQuery }, async ({ actor, query }) =>
  json(await listPlans(actor, query)),
);

// POST /api/v1/work-plans — draft a year's plan with its items (office); one plan per year, else 409
export const POST = withRoute({ permission: "work_plan.manage", body: WorkPlanCreateInput }, async ({ actor, body }) =>
  json(await createPlan(actor, body), { status: 201 }),
);
