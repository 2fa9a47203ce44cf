import { withRoute, json } from "@/lib/http/route";
import { ActivityItemParams, FindingInput } from "@/lib/supervision/rectification/schema";
import { deleteFinding, updateFinding } from "@/lib/supervision/opinions";

// PATCH /api/v1/supervision/{id}/findings/{itemId} — change a finding's text or target
export const PATCH = withRoute(
  { permission: "supervision_opinion.manage", params: ActivityItemParams, body: FindingInput },
  async ({ actor, params, body }) => json(await updateFinding(actor, params.id, params.itemId, body)),
);

// DELETE /api/v1/supervision/{id}/findings/{itemId}
export const DELETE = withRoute(
  { permission: "supervision_opinion.manage", params: ActivityItemParams },
  async ({ actor, params }) => {
    await deleteFinding(actor, params.id, params.itemId);
    return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
  },
);
