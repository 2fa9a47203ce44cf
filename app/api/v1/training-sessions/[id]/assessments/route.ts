import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { AssessmentInput } from "@/lib/training/schema";
import { recordAssessments } from "@/lib/training/attendance";

// POST /api/v1/training-sessions/{id}/assessments — scores (0–100) or written 心得 of enrolled deputies, with the real day (office)
export const POST = withRoute(
  { permission: "training.manage", params: IdParams, body: AssessmentInput },
  async ({ actor, params, body }) => json(await recordAssessments(actor, params.id, body)),
);
