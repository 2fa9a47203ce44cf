import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { PlanApproveInput } from "@/lib/training/schema";
import { approvePlan } from "@/lib/training/plans";

// POST /api/v1/training-plans/{id}/approve — the chair approves a draft plan; stale version → 409 (chair)
export const POST = withRoute(
  { permission: "training_plan.approve", params: IdParams, body: PlanApproveInput },
  async ({ actor, params, body }) => json(await approvePlan(actor, params.id, body)),
);
