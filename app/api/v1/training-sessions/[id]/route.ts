import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { TrainingUpdateInput } from "@/lib/training/schema";
import { updateTraining } from "@/lib/training/service";
import { getTrainingOrThrow } from "@/lib/training/detail";

// GET /api/v1/training-sessions/{id} — the training, enrolment with attendance and assessment, leave requests (a deputy: their own)
export const GET = withRoute({ permission: "training.view", params: IdParams }, async ({ actor, params }) =>
  json(await getTrainingOrThrow(actor, params.id)),
);

// PATCH /api/v1/training-sessions/{id} — edit or cancel the training; stale version → 409 (office)
export const PATCH = withRoute(
  { permission: "training.manage", params: IdParams, body: TrainingUpdateInput },
  async ({ actor, params, body }) => json(await updateTraining(actor, params.id, body)),
);
