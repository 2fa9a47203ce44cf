import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { WorkPlanReorderInput } from "@/lib/work-plans/schema";
import { reorderItems } from "@/lib/work-plans/items";

// PUT /api/v1/work-plans/{id}/items/order — the items in a new order, every one once (a reason once approved)
export const PUT = withRoute(
  { permission: "work_plan.manage", params: IdParams, body: WorkPlanReorderInput },
  async ({ actor, params, body }) => json(await reorderItems(actor, params.id, body)),
);
