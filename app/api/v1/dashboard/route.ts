import { withRoute, json } from "@/lib/http/route";
import { DashboardQuery } from "@/lib/dashboard/schema";
import { yearDashboard } from "@/lib/dashboard/data";

// GET /api/v1/dashboard?year= — the township's year: key figures and charts, each number with its list's URL
export const GET = withRoute({ permission: "dashboard.year", query: DashboardQuery }, async ({ actor, query }) =>
  json(await yearDashboard(actor.townshipId, query.year)),
);
