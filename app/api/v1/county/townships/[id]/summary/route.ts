import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { CalendarYearQuery } from "@/lib/time/schema";
import { countyTownshipYear } from "@/lib/county/figures";

// GET /api/v1/county/townships/{id}/summary?year= — 县人大: one township's key figures of the year with the year
// before; 404 for a township outside the account's county
export const GET = withRoute(
  { permission: "county.view", params: IdParams, query: CalendarYearQuery },
  async ({ actor, params, query }) => json(await countyTownshipYear(actor, params.id, query.year)),
);
