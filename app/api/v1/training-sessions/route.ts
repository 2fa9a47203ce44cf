import { json, withRoute } from "@/lib/http/route";
import { TrainingCreateInput, TrainingListQuery } from "@/lib/training/schema";
import { createTraining, listTrainings } from "@/lib/training/service";

// GET /api/v1/training-sessions — trainings, newest first (a deputy: those they are enrolled in)
export const GET = withRoute({ permission: "training.list", query: TrainingListQuery }, async ({ actor, query }) =>
  json(await listTrainings(actor, query)),
);

// POST /api/v1/training-sessions — a training (kind, dates, days, place, teacher, materials) with its enrolment by audience (office)
export const POST = withRoute({ permission: "training.manage", body: TrainingCreateInput }, async ({ actor, body }) =>
  json(await createTraining(actor, body), { status: 201 }),
);
