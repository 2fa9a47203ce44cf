import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { BallotInput } from "@/lib/supervision/schema";
import { postBallots } from "@/lib/supervision/ballots";
import { pollResultsFor } from "@/lib/supervision/views";

// GET /api/v1/supervision/{id}/ballots — the polls: the office's "纸质 N + 网上 M = 合计 T", and the closed polls'
// counts and rates as the actor may see them (a unit only its own). Never a ballot, never who chose what.
export const GET = withRoute({ permission: "supervision.results", params: IdParams }, async ({ actor, params }) =>
  json(await pollResultsFor(actor, params.id)),
);

// POST /api/v1/supervision/{id}/ballots — {action: "cast", votes: [{pollId, choice}]} (a participating deputy, once
// per poll); {action: "paper", entries: [{pollId, satisfied, basic, unsatisfied, invalid, version}]} (office);
// {action: "close", round} (office)
export const POST = withRoute(
  { permission: "supervision.view", params: IdParams, body: BallotInput },
  async ({ actor, params, body }) => json(await postBallots(actor, params.id, body)),
);
