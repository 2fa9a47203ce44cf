import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { GroupActivityUpdateInput } from "@/lib/group-activities/schema";
import { getGroupActivity, updateGroupActivity } from "@/lib/group-activities/service";

// GET /api/v1/group-activities/{id} — the record with its 五个有, attendees, photos and suggestions raised
export const GET = withRoute({ permission: "group_activity.view", params: IdParams }, async ({ actor, params }) =>
  json(await getGroupActivity(actor, params.id)),
);

// PATCH /api/v1/group-activities/{id} — complete or correct the record (summary, follow-up …); stale version → 409
export const PATCH = withRoute(
  { permission: "group_activity.manage", params: IdParams, body: GroupActivityUpdateInput },
  async ({ actor, params, body }) => json(await updateGroupActivity(actor, params.id, body)),
);
