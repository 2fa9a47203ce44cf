import { json, withRoute } from "@/lib/http/route";
import { PublicityCreateInput, PublicityListQuery } from "@/lib/publicity/schema";
import { createPublicity, listPublicity } from "@/lib/publicity/service";

// GET /api/v1/publicity?year= — the year's articles and reports sent, and the year's score against target
export const GET = withRoute({ permission: "publicity.list", query: PublicityListQuery }, async ({ actor, query }) =>
  json(await listPublicity(actor, query)),
);

// POST /api/v1/publicity — record one sent (代录 with the real day); scored by the county's table now (office)
export const POST = withRoute({ permission: "publicity.manage", body: PublicityCreateInput }, async ({ actor, body }) =>
  json(await createPublicity(actor, body), { status: 201 }),
);
