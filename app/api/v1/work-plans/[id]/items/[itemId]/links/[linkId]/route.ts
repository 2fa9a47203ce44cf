import { json, withRoute } from "@/lib/http/route";
import { LinkParams } from "@/lib/work-plans/schema";
import { unlinkRecord } from "@/lib/work-plans/items";

// DELETE /api/v1/work-plans/{id}/items/{itemId}/links/{linkId} — remove a link (office)
export const DELETE = withRoute({ permission: "work_plan.manage", params: LinkParams }, async ({ actor, params }) =>
  json(await unlinkRecord(actor, params.id, params.itemId, params.linkId)),
);
