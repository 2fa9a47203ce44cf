import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { WorkPlanItemAddInput } from "@/lib/work-plans/schema";
import { addItem } from "@/lib/work-plans/items";

// POST /api/v1/work-plans/{id}/items — add an item at the end (the plan's version; a reason once approved)
export const POST = withRoute(
  { permission: "work_plan.manage", params: IdParams, body: WorkPlanItemAddInput },
  async ({ actor, params, body }) => json(await addItem(actor, params.id, body), { status: 201 }),
);
