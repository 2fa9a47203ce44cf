import { z } from "zod";
import { withRoute, json } from "@/lib/http/route";
import { getElection } from "@/lib/sessions/elections";

const Params = z.object({ id: z.string().uuid("编号格式不正确"), electionId: z.string().uuid("编号格式不正确") });

// GET /api/v1/sessions/{id}/elections/{electionId} — one election with every round, who is elected and what is left
export const GET = withRoute({ permission: "session.view", params: Params }, async ({ actor, params }) =>
  json(await getElection(actor, params.id, params.electionId)),
);
