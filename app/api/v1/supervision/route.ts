import { json, withRoute } from "@/lib/http/route";
import { ActivityCreateInput, ActivityListQuery } from "@/lib/supervision/schema";
import { createActivity, listActivities } from "@/lib/supervision/service";

// GET /api/v1/supervision — supervision activities, newest first (a deputy: those they take part in; a unit: those that concern it)
export const GET = withRoute({ permission: "supervision.list", query: ActivityListQuery }, async ({ actor, query }) =>
  json(await listActivities(actor, query)),
);

// POST /api/v1/supervision — plan an activity (方案 draft: kind, dates within the term, targets, participants) (office)
export const POST = withRoute(
  { permission: "supervision.manage", body: ActivityCreateInput },
  async ({ actor, body }) => json(await createActivity(actor, body), { status: 201 }),
);
