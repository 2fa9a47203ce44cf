import { json, withRoute } from "@/lib/http/route";
import { GroupActivityYearQuery } from "@/lib/group-activities/schema";
import { groupFiguresFor } from "@/lib/group-activities/views";

// GET /api/v1/group-activities/figures?year= — the year's figures: activities per group and quarter, plans, warnings
export const GET = withRoute(
  { permission: "group_activity.figures", query: GroupActivityYearQuery },
  async ({ actor, query }) => json(await groupFiguresFor(actor, query.year)),
);
