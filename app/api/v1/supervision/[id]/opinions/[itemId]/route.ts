import { withRoute, json } from "@/lib/http/route";
import { ActivityItemParams, OpinionUpdateInput } from "@/lib/supervision/rectification/schema";
import { deleteOpinion, updateOpinion } from "@/lib/supervision/opinions";

// PATCH /api/v1/supervision/{id}/opinions/{itemId} — change an opinion not yet sent (sent → 409)
export const PATCH = withRoute(
  { permission: "supervision_opinion.manage", params: ActivityItemParams, body: OpinionUpdateInput },
  async ({ actor, params, body }) => json(await updateOpinion(actor, params.id, params.itemId, body)),
);

// DELETE /api/v1/supervision/{id}/opinions/{itemId} — remove an opinion not yet sent (sent → 409)
export const DELETE = withRoute(
  { permission: "supervision_opinion.manage", params: ActivityItemParams },
  async ({ actor, params }) => {
    await deleteOpinion(actor, params.id, params.itemId);
    return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
  },
);
