import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { PresidiumMeetingCorrectionInput } from "@/lib/sessions/meeting-correction-schema";
import { correctPresidiumMeeting } from "@/lib/sessions/meeting-corrections";

// POST /api/v1/presidium-meetings/{id}/corrections — 更正 the meeting's record with the reason (office); the
// original stays in its 更正记录
export const POST = withRoute(
  { permission: "presidium_meeting.manage", params: IdParams, body: PresidiumMeetingCorrectionInput },
  async ({ actor, params, body }) => json(await correctPresidiumMeeting(actor, params.id, body), { status: 201 }),
);
