import { z } from "zod";
import { uuid } from "@/lib/http/fields";
import { withRoute, json } from "@/lib/http/route";
import { DeferInput } from "@/lib/sessions/election-schema";
import { deferElection } from "@/lib/sessions/elections";

const Params = z.object({ id: uuid("会议编号"), electionId: uuid("选举编号") });

// POST /api/v1/sessions/{id}/elections/{electionId}/deferral — the congress decides: 另行选举 at the next session (office)
export const POST = withRoute(
  { permission: "session.manage", params: Params, body: DeferInput },
  async ({ actor, params, body }) => json(await deferElection(actor, params.id, params.electionId, body)),
);
