import { z } from "zod";
import { uuid } from "@/lib/http/fields";
import { withRoute, json } from "@/lib/http/route";
import { RevokeInput } from "@/lib/sessions/election-schema";
import { revokeRound } from "@/lib/sessions/election-rounds";

const Params = z.object({ id: uuid("会议编号"), electionId: uuid("选举编号"), roundId: uuid("轮次编号") });

// POST /api/v1/sessions/{id}/elections/{electionId}/rounds/{roundId}/revocation — 作废 of the latest round with a reason (office)
export const POST = withRoute(
  { permission: "session.manage", params: Params, body: RevokeInput },
  async ({ actor, params, body }) => json(await revokeRound(actor, params.id, params.electionId, params.roundId, body)),
);
