import { json, withRoute } from "@/lib/http/route";
import { db } from "@/lib/db";
import { TrainingYearQuery } from "@/lib/training/schema";
import { trainingYearFigures } from "@/lib/training/figures";

// GET /api/v1/training-sessions/figures?year= — the year's training figures (held, days, attendance, coverage, groups)
export const GET = withRoute({ permission: "training.figures", query: TrainingYearQuery }, async ({ actor, query }) =>
  json(await trainingYearFigures(db, actor.townshipId, query.year)),
);
