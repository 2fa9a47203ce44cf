import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { WorkPlanUpdateInput } from "@/lib/work-plans/schema";
import { getPlanOrThrow, updatePlan } from "@/lib/work-plans/service";

// GET /api/v1/work-plans/{id} — the plan, its items with their progress and links, the figures, the 更正记录
export const GET = withRoute({ permission: "work_plan.list", params: IdParams }, async ({ actor, params }) =>
  json(await getPlanOrThrow(actor, params.id)),
);

// PATCH /api/v1/work-plans/{id} — edit a draft; once approved a correction with `reason` (office)
export const PATCH = withRoute(
  { permission: "work_plan.manage", params: IdParams, body: WorkPlanUpdateInput },
  async ({ actor, params, body }) => json(await updatePlan(actor, params.id, body)),
);
