import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { DOCX_MIME, fileResponse } from "@/lib/files/http";
import { noticeFile, publishNotice } from "@/lib/reception/notice";
import { ReceptionNoticeInput } from "@/lib/reception/schema";

// GET /api/v1/reception-days/{id}/notice — the printable notice (公告, .docx, GB/T 9704)
export const GET = withRoute({ permission: "reception.print", params: IdParams }, async ({ actor, params }) => {
  const { buffer, filename } = await noticeFile(actor, params.id);
  return fileResponse(new Uint8Array(buffer), filename, DOCX_MIME, buffer.length);
});

// POST /api/v1/reception-days/{id}/notice — the notice published (its real day), the deputies on duty told (office)
export const POST = withRoute(
  { permission: "reception.manage", params: IdParams, body: ReceptionNoticeInput },
  async ({ actor, params, body }) => json(await publishNotice(actor, params.id, body)),
);
