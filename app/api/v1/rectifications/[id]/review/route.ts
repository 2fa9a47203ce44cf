import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { RectificationReviewInput } from "@/lib/supervision/rectification/schema";
import { reviewReport } from "@/lib/supervision/rectification/steps";

// POST /api/v1/rectifications/{id}/review — the office accepts ({version, decision: "accept"}) or returns the
// report ({decision: "return", note, dueDate?}); occurredOn for the real day
export const POST = withRoute(
  { permission: "rectification.review", params: IdParams, body: RectificationReviewInput },
  async ({ actor, params, body }) => json(await reviewReport(actor, params.id, body)),
);
