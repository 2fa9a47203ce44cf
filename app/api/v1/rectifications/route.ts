import { withRoute, json } from "@/lib/http/route";
import { RectificationListQuery } from "@/lib/supervision/rectification/schema";
import { listRectifications } from "@/lib/supervision/rectification/service";

// GET /api/v1/rectifications?state=&status=overdue|due_soon&unitId=&activityId=&page=&pageSize= — rectification
// tasks (整改), paged in SQL: the township's for the office, chair and presidium; a unit only its own
export const GET = withRoute(
  { permission: "rectification.list", query: RectificationListQuery },
  async ({ actor, query }) => json(await listRectifications(actor, query)),
);
