import { withRoute, json } from "@/lib/http/route";
import { CalendarYearQuery } from "@/lib/time/schema";
import { countyYear } from "@/lib/county/figures";

// GET /api/v1/county/summary?year= — 县人大: every township of the account's county side by side, each key figure of
// the year with the year before, and the county's total (figures only; lib/county/access.ts decides the townships)
export const GET = withRoute({ permission: "county.view", query: CalendarYearQuery }, async ({ actor, query }) =>
  json(await countyYear(actor, query.year)),
);
