import { z } from "zod";
import { uuid } from "@/lib/http/fields";
import { withRoute, json } from "@/lib/http/route";
import { getElection } from "@/lib/sessions/elections";

const Params = z.object({ id: uuid("会议编号"), electionId: uuid("选举编号") });

// GET /api/v1/sessions/{id}/elections/{electionId} — one election with every round, who is elected and what is left
export const GET = withRoute({ permission: "session.view", params: Params }, async ({ actor, params }) =>
  json(await getElection(actor, params.id, params.electionId)),
);
