import { withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { DOCX_MIME, fileResponse } from "@/lib/files/http";
import { sessionNotice } from "@/lib/sessions/docx";

// GET /api/v1/sessions/{id}/notice — the session notice (会议通知) as .docx
export const GET = withRoute({ permission: "session.view", params: IdParams }, async ({ actor, params }) => {
  const { buffer, filename } = await sessionNotice(actor, params.id);
  return fileResponse(new Uint8Array(buffer), filename, DOCX_MIME, buffer.length);
});
