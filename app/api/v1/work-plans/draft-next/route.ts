import { json, withRoute } from "@/lib/http/route";
import { WorkPlanDraftNextInput } from "@/lib/work-plans/schema";
import { draftNextPlan } from "@/lib/work-plans/service";

// POST /api/v1/work-plans/draft-next — next year's draft from a plan (items but the dropped ones, marked where
// they came from) plus the lines of the report's 明年工作打算 (office)
export const POST = withRoute(
  { permission: "work_plan.manage", body: WorkPlanDraftNextInput },
  async ({ actor, body }) => json(await draftNextPlan(actor, body), { status: 201 }),
);
