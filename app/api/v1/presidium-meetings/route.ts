import { withRoute, json } from "@/lib/http/route";
import { PresidiumMeetingInput, PresidiumMeetingQuery } from "@/lib/sessions/meeting-schema";
import { createPresidiumMeeting, listPresidiumMeetings } from "@/lib/sessions/meetings";

// GET /api/v1/presidium-meetings?termId=&page=&pageSize= — 主席团会议 of a term (default the current one), newest first
export const GET = withRoute(
  { permission: "presidium_meeting.list", query: PresidiumMeetingQuery },
  async ({ actor, query }) => json(await listPresidiumMeetings(actor, query)),
);

// POST /api/v1/presidium-meetings — record a presidium meeting: roll, 列席, topics with reports heard, decisions (office)
export const POST = withRoute(
  { permission: "presidium_meeting.manage", body: PresidiumMeetingInput },
  async ({ actor, body }) => json(await createPresidiumMeeting(actor, body), { status: 201 }),
);
