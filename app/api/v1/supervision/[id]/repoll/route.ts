import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { RepollInput } from "@/lib/supervision/rectification/schema";
import { repollComparison, startRepoll } from "@/lib/supervision/rectification/repoll";

// GET /api/v1/supervision/{id}/repoll — round 1 beside the 再测评 per unit (rates, never a ballot) and whether
// the office may open it now
export const GET = withRoute({ permission: "supervision.results", params: IdParams }, async ({ actor, params }) =>
  json(await repollComparison(actor, params.id)),
);

// POST /api/v1/supervision/{id}/repoll — the office opens the 再测评 (round 2) for the units whose rectification
// was accepted ({targetIds?}, default all of them); ballots then go to …/ballots as in round 1
export const POST = withRoute(
  { permission: "supervision_repoll.create", params: IdParams, body: RepollInput },
  async ({ actor, params, body }) => json(await startRepoll(actor, params.id, body.targetIds), { status: 201 }),
);
