import { withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { DOCX_MIME, fileResponse } from "@/lib/files/http";
import { presidiumMeetingMinutes } from "@/lib/sessions/meeting-docx";

// GET /api/v1/presidium-meetings/{id}/minutes — 主席团会议纪要 as .docx (GB/T 9704)
export const GET = withRoute({ permission: "presidium_meeting.list", params: IdParams }, async ({ actor, params }) => {
  const { buffer, filename } = await presidiumMeetingMinutes(actor, params.id);
  return fileResponse(new Uint8Array(buffer), filename, DOCX_MIME, buffer.length);
});
