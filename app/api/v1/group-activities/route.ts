import { json, withRoute } from "@/lib/http/route";
import { GroupActivityCreateInput, GroupActivityListQuery } from "@/lib/group-activities/schema";
import { createGroupActivity, listGroupActivities } from "@/lib/group-activities/service";

// GET /api/v1/group-activities — group activities, newest first (a deputy: their group's and those attended)
export const GET = withRoute(
  { permission: "group_activity.list", query: GroupActivityListQuery },
  async ({ actor, query }) => json(await listGroupActivities(actor, query)),
);

// POST /api/v1/group-activities — record an activity with its 五个有 (office: 代录 with the real day; a group's leader: own group)
export const POST = withRoute(
  { permission: "group_activity.manage", body: GroupActivityCreateInput },
  async ({ actor, body }) => json(await createGroupActivity(actor, body), { status: 201 }),
);
