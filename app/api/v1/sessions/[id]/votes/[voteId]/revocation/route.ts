import { z } from "zod";
import { uuid } from "@/lib/http/fields";
import { withRoute, json } from "@/lib/http/route";
import { RevokeInput } from "@/lib/sessions/election-schema";
import { revokeVote } from "@/lib/sessions/votes";

const Params = z.object({ id: uuid("会议编号"), voteId: uuid("表决编号") });

// POST /api/v1/sessions/{id}/votes/{voteId}/revocation — 作废 with a reason; the vote stays shown, no longer counted (office)
export const POST = withRoute(
  { permission: "session.manage", params: Params, body: RevokeInput },
  async ({ actor, params, body }) => json(await revokeVote(actor, params.id, params.voteId, body)),
);
