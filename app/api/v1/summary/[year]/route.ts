import { json, withRoute } from "@/lib/http/route";
import { SummaryQuery, SummaryYearParams } from "@/lib/year/schema";
import { yearSummary } from "@/lib/year/summary";

// GET /api/v1/summary/{year}?period=half — the annual summary's figures (office, chair, presidium): every module's
// year figures, the same period of the year before, and the flat list of key figures with the change and their pages
export const GET = withRoute(
  { permission: "summary.view", params: SummaryYearParams, query: SummaryQuery },
  async ({ actor, params, query }) => json(await yearSummary(actor.townshipId, params.year, { period: query.period })),
);
