import { withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { DOCX_MIME, fileResponse } from "@/lib/files/http";
import { sessionMinutes } from "@/lib/sessions/docx";

// GET /api/v1/sessions/{id}/minutes — the minutes and summary (会议纪要: attendance, resolutions, votes, elections, documents) as .docx
export const GET = withRoute({ permission: "session.view", params: IdParams }, async ({ actor, params }) => {
  const { buffer, filename } = await sessionMinutes(actor, params.id);
  return fileResponse(new Uint8Array(buffer), filename, DOCX_MIME, buffer.length);
});
