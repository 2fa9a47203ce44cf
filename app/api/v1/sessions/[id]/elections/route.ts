import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { ElectionCreateInput } from "@/lib/sessions/election-schema";
import { createElection, listElections } from "@/lib/sessions/elections";

// GET /api/v1/sessions/{id}/elections — elections of the session with candidates, rounds, results and seats still open
export const GET = withRoute({ permission: "session.view", params: IdParams }, async ({ actor, params }) => {
  const items = await listElections(actor, params.id);
  return json({ items, total: items.length, page: 1, pageSize: items.length });
});

// POST /api/v1/sessions/{id}/elections — set up an election: seats, candidates (≥ seats), scrutineers and counters (office)
export const POST = withRoute(
  { permission: "session.manage", params: IdParams, body: ElectionCreateInput },
  async ({ actor, params, body }) => json(await createElection(actor, params.id, body), { status: 201 }),
);
