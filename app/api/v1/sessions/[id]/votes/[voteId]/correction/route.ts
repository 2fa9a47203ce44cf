import { z } from "zod";
import { uuid } from "@/lib/http/fields";
import { withRoute, json } from "@/lib/http/route";
import { VoteCorrectionInput } from "@/lib/sessions/schema";
import { correctVote } from "@/lib/sessions/votes";

const Params = z.object({ id: uuid("会议编号"), voteId: uuid("表决编号") });

// POST /api/v1/sessions/{id}/votes/{voteId}/correction — 更正: new figures with a reason; the original stays, marked (office)
export const POST = withRoute(
  { permission: "session.manage", params: Params, body: VoteCorrectionInput },
  async ({ actor, params, body }) => json(await correctVote(actor, params.id, params.voteId, body), { status: 201 }),
);
