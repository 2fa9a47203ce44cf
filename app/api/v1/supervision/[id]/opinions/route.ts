import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { OpinionInput } from "@/lib/supervision/rectification/schema";
import { addOpinion, listOpinions } from "@/lib/supervision/opinions";

// GET /api/v1/supervision/{id}/opinions — the activity's findings and review opinions (审议意见) with their
// rectification tasks; a unit sees only what was sent to it and the findings about it
export const GET = withRoute({ permission: "supervision.view", params: IdParams }, async ({ actor, params }) =>
  json(await listOpinions(actor, params.id)),
);

// POST /api/v1/supervision/{id}/opinions — the office adds an opinion {unitId, text, dueDate} (sent later: …/send)
export const POST = withRoute(
  { permission: "supervision_opinion.manage", params: IdParams, body: OpinionInput },
  async ({ actor, params, body }) => json(await addOpinion(actor, params.id, body), { status: 201 }),
);
