import { json, withRoute } from "@/lib/http/route";
import { FiguresQuery } from "@/lib/suggestions/schema";
import { suggestionFigures } from "@/lib/suggestions/figures";

// GET /api/v1/suggestions/figures?year=&sessionId=&unitId= — the oversight figures (office, chair, presidium):
// counts by state, class and category, on-time and satisfaction rates, re-handling, per lead unit and per session
export const GET = withRoute({ permission: "suggestion.figures", query: FiguresQuery }, async ({ actor, query }) =>
  json(await suggestionFigures(actor, query)),
);
