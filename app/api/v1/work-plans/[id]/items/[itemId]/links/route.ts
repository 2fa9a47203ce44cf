import { json, withRoute } from "@/lib/http/route";
import { ItemParams, LinkChoicesQuery, WorkPlanLinkInput } from "@/lib/work-plans/schema";
import { linkChoices, linkRecord } from "@/lib/work-plans/items";

// GET /api/v1/work-plans/{id}/items/{itemId}/links?module= — the township's records of a module in the plan's
// year to link (the item's module by default)
export const GET = withRoute(
  { permission: "work_plan.manage", params: ItemParams, query: LinkChoicesQuery },
  async ({ actor, params, query }) => json(await linkChoices(actor, params.id, params.itemId, query.module)),
);

// POST /api/v1/work-plans/{id}/items/{itemId}/links — link a record of the township (it must exist in that module)
export const POST = withRoute(
  { permission: "work_plan.manage", params: ItemParams, body: WorkPlanLinkInput },
  async ({ actor, params, body }) => json(await linkRecord(actor, params.id, params.itemId, body), { status: 201 }),
);
