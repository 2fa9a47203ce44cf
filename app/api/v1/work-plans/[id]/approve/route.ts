import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { WorkPlanApproveInput } from "@/lib/work-plans/schema";
import { approvePlan } from "@/lib/work-plans/service";

// POST /api/v1/work-plans/{id}/approve — record the party committee's approval (党委审定): day and note
// (office or chair); approved already → 409
export const POST = withRoute(
  { permission: "work_plan.approve", params: IdParams, body: WorkPlanApproveInput },
  async ({ actor, params, body }) => json(await approvePlan(actor, params.id, body)),
);
