import { withRoute, json } from "@/lib/http/route";
import { PresidiumMeetingInput } from "@/lib/sessions/schema";
import { createPresidiumMeeting, listPresidiumMeetings } from "@/lib/sessions/meetings";

// GET /api/v1/presidium-meetings — 主席团会议 records, newest first
export const GET = withRoute({ permission: "presidium_meeting.list" }, async ({ actor }) => {
  const items = await listPresidiumMeetings(actor);
  return json({ items, total: items.length, page: 1, pageSize: items.length });
});

// POST /api/v1/presidium-meetings — record a presidium meeting (office)
export const POST = withRoute(
  { permission: "presidium_meeting.manage", body: PresidiumMeetingInput },
  async ({ actor, body }) => json(await createPresidiumMeeting(actor, body), { status: 201 }),
);
