import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { ConstituencyUpdateInput } from "@/lib/roster/schema";
import { deleteConstituency, updateConstituency } from "@/lib/roster/constituencies";

// PATCH /api/v1/constituencies/{id} — rename or describe a 选区 (office); its deputies follow a rename
export const PATCH = withRoute(
  { permission: "constituency.manage", params: IdParams, body: ConstituencyUpdateInput },
  async ({ actor, params, body }) => json(await updateConstituency(actor, params.id, body)),
);

// DELETE /api/v1/constituencies/{id} — only a 选区 no deputy belongs to (office)
export const DELETE = withRoute({ permission: "constituency.manage", params: IdParams }, async ({ actor, params }) => {
  await deleteConstituency(actor, params.id);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
