import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { PublicityCorrectInput, PublicityDeleteInput } from "@/lib/publicity/schema";
import { correctPublicity, deletePublicity, getPublicity } from "@/lib/publicity/service";

// GET /api/v1/publicity/{id} — one item with its 更正记录 (the original of each corrected field)
export const GET = withRoute({ permission: "publicity.list", params: IdParams }, async ({ actor, params }) =>
  json(await getPublicity(actor, params.id)),
);

// PATCH /api/v1/publicity/{id} — 更正 with the reason (a changed kind scored again by the table in force) (office)
export const PATCH = withRoute(
  { permission: "publicity.manage", params: IdParams, body: PublicityCorrectInput },
  async ({ actor, params, body }) => json(await correctPublicity(actor, params.id, body)),
);

// DELETE /api/v1/publicity/{id} — remove an item recorded by mistake, with the reason; audited (office)
export const DELETE = withRoute(
  { permission: "publicity.manage", params: IdParams, body: PublicityDeleteInput },
  async ({ actor, params, body }) => json(await deletePublicity(actor, params.id, body)),
);
