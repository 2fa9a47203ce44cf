import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { SendOpinionsInput } from "@/lib/supervision/rectification/schema";
import { sendOpinions } from "@/lib/supervision/opinions";

// POST /api/v1/supervision/{id}/opinions/send — 送达: the unsent opinions (or {opinionIds}) go to their units as
// rectification tasks with their deadlines, on {occurredOn} (default today)
export const POST = withRoute(
  { permission: "supervision_opinion.manage", params: IdParams, body: SendOpinionsInput },
  async ({ actor, params, body }) => json(await sendOpinions(actor, params.id, body), { status: 201 }),
);
