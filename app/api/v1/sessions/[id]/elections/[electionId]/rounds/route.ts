import { z } from "zod";
import { uuid } from "@/lib/http/fields";
import { withRoute, json } from "@/lib/http/route";
import { ElectionRoundInput } from "@/lib/sessions/election-schema";
import { recordRound } from "@/lib/sessions/election-rounds";

const Params = z.object({ id: uuid("会议编号"), electionId: uuid("选举编号") });

// POST /api/v1/sessions/{id}/elections/{electionId}/rounds — key in a round from the tally sheet or ballot by ballot; quorum re-checked (office)
export const POST = withRoute(
  { permission: "session.manage", params: Params, body: ElectionRoundInput },
  async ({ actor, params, body }) =>
    json(await recordRound(actor, params.id, params.electionId, body), { status: 201 }),
);
