import { z } from "zod";
import { withRoute, json } from "@/lib/http/route";
import { ElectionRoundInput } from "@/lib/sessions/schema";
import { recordRound } from "@/lib/sessions/elections";

const Params = z.object({ id: z.string().uuid("编号格式不正确"), electionId: z.string().uuid("编号格式不正确") });

// POST /api/v1/sessions/{id}/elections/{electionId}/rounds — key in a round from the tally sheet or ballot by ballot; quorum re-checked (office)
export const POST = withRoute(
  { permission: "session.manage", params: Params, body: ElectionRoundInput },
  async ({ actor, params, body }) =>
    json(await recordRound(actor, params.id, params.electionId, body), { status: 201 }),
);
