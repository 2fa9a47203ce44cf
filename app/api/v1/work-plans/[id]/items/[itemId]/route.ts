import { json, withRoute } from "@/lib/http/route";
import { ItemParams, WorkPlanItemRemoveInput, WorkPlanItemUpdateInput } from "@/lib/work-plans/schema";
import { removeItem, updateItem } from "@/lib/work-plans/items";

// PATCH /api/v1/work-plans/{id}/items/{itemId} — edit an item (a reason once approved) or set its status with a
// note (the item's version)
export const PATCH = withRoute(
  { permission: "work_plan.manage", params: ItemParams, body: WorkPlanItemUpdateInput },
  async ({ actor, params, body }) => json(await updateItem(actor, params.id, params.itemId, body)),
);

// DELETE /api/v1/work-plans/{id}/items/{itemId} — remove an item (the plan's version; a reason once approved)
export const DELETE = withRoute(
  { permission: "work_plan.manage", params: ItemParams, body: WorkPlanItemRemoveInput },
  async ({ actor, params, body }) => json(await removeItem(actor, params.id, params.itemId, body)),
);
