import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { PublicityCorrectInput } from "@/lib/publicity/schema";
import { correctPublicity } from "@/lib/publicity/service";

// POST /api/v1/publicity/{id}/corrections — 更正 with the reason, as the page's correction form sends it (the same
// service as PATCH /api/v1/publicity/{id}; a changed kind scored again by the table in force) (office)
export const POST = withRoute(
  { permission: "publicity.manage", params: IdParams, body: PublicityCorrectInput },
  async ({ actor, params, body }) => json(await correctPublicity(actor, params.id, body)),
);
