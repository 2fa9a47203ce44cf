import { json, withRoute } from "@/lib/http/route";
import { ReceptionDayCreateInput, ReceptionDayListQuery } from "@/lib/reception/schema";
import { createReceptionDay, listReceptionDays } from "@/lib/reception/service";

// GET /api/v1/reception-days?year= — the year's reception days in date order (a deputy: the days they are on duty)
export const GET = withRoute({ permission: "reception.list", query: ReceptionDayListQuery }, async ({ actor, query }) =>
  json(await listReceptionDays(actor, query)),
);

// POST /api/v1/reception-days — add one reception day (a date within the year, not taken) (office)
export const POST = withRoute(
  { permission: "reception.manage", body: ReceptionDayCreateInput },
  async ({ actor, body }) => json(await createReceptionDay(actor, body), { status: 201 }),
);
