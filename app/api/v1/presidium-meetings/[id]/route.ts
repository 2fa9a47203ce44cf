import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { getPresidiumMeeting } from "@/lib/sessions/meetings";

// GET /api/v1/presidium-meetings/{id} — one meeting: roll, 列席, topics (reports heard with their activity), decisions
export const GET = withRoute({ permission: "presidium_meeting.list", params: IdParams }, async ({ actor, params }) =>
  json(await getPresidiumMeeting(actor, params.id)),
);
