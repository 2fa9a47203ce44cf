import { withRoute, json } from "@/lib/http/route";
import { PetitionYearQuery, petitionFiguresFor } from "@/lib/petitions/figures";

// GET /api/v1/petitions/figures?year= — the year's petition figures: received, accepted, resolved, told within
// 15 days, finished on time; by channel, category and lead unit; the county's cases apart (rules stated)
export const GET = withRoute({ permission: "petition.figures", query: PetitionYearQuery }, async ({ actor, query }) =>
  json(await petitionFiguresFor(actor, query.year)),
);
