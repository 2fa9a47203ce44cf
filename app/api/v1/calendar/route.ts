import { json, withRoute } from "@/lib/http/route";
import { calendarYear } from "@/lib/time/calendar";
import { CalendarYearQuery } from "@/lib/time/schema";

// GET /api/v1/calendar?year=2026 — the year's official days (package and overrides) and the overrides alone
export const GET = withRoute({ permission: "calendar.view", query: CalendarYearQuery }, async ({ query }) =>
  json(await calendarYear(query.year)),
);
