import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { PlanUpdateInput } from "@/lib/training/schema";
import { getPlanOrThrow, updatePlan } from "@/lib/training/plans";

// GET /api/v1/training-plans/{id} — the plan with its audience and schedule
export const GET = withRoute({ permission: "training_plan.list", params: IdParams }, async ({ actor, params }) =>
  json(await getPlanOrThrow(actor, params.id)),
);

// PATCH /api/v1/training-plans/{id} — edit the plan while it is a draft; stale version → 409 (office)
export const PATCH = withRoute(
  { permission: "training_plan.manage", params: IdParams, body: PlanUpdateInput },
  async ({ actor, params, body }) => json(await updatePlan(actor, params.id, body)),
);
