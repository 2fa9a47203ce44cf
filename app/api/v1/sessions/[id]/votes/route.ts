import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { VoteInput } from "@/lib/sessions/schema";
import { listVotes, recordVote } from "@/lib/sessions/votes";

// GET /api/v1/sessions/{id}/votes — resolution votes and results
export const GET = withRoute({ permission: "session.view", params: IdParams }, async ({ actor, params }) => {
  const items = await listVotes(actor, params.id);
  return json({ items, total: items.length, page: 1, pageSize: items.length });
});

// POST /api/v1/sessions/{id}/votes — record a resolution vote; quorum re-checked, majority of all sitting deputies (office)
export const POST = withRoute(
  { permission: "session.manage", params: IdParams, body: VoteInput },
  async ({ actor, params, body }) => json(await recordVote(actor, params.id, body), { status: 201 }),
);
