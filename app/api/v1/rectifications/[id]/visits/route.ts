import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { RectificationEventInput } from "@/lib/supervision/rectification/schema";
import { recordVisit } from "@/lib/supervision/rectification/steps";

// POST /api/v1/rectifications/{id}/visits — 回访 after acceptance ({version, note, occurredOn?})
export const POST = withRoute(
  { permission: "rectification.visit", params: IdParams, body: RectificationEventInput },
  async ({ actor, params, body }) => json(await recordVisit(actor, params.id, body), { status: 201 }),
);
