import { z } from "zod";
import { uuid } from "@/lib/http/fields";
import { withRoute, json } from "@/lib/http/route";
import { NomineesInput } from "@/lib/sessions/election-schema";
import { addNominees } from "@/lib/sessions/elections";

const Params = z.object({ id: uuid("会议编号"), electionId: uuid("选举编号") });

// POST /api/v1/sessions/{id}/elections/{electionId}/nominees — 另行选举: candidates nominated anew for the open seats (office)
export const POST = withRoute(
  { permission: "session.manage", params: Params, body: NomineesInput },
  async ({ actor, params, body }) =>
    json(await addNominees(actor, params.id, params.electionId, body), { status: 201 }),
);
