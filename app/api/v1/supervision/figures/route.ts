import { withRoute, json } from "@/lib/http/route";
import { SupervisionYearQuery, yearFiguresFor } from "@/lib/supervision/figures";

// GET /api/v1/supervision/figures?year= — the year's figures: activities by kind, units evaluated with their
// rates (the rule stated), opinions, rectification on time / overdue / accepted, suggestions raised
export const GET = withRoute(
  { permission: "supervision.figures", query: SupervisionYearQuery },
  async ({ actor, query }) => json(await yearFiguresFor(actor, query.year)),
);
