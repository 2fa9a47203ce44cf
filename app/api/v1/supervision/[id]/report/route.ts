import { withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { DOCX_MIME, fileResponse } from "@/lib/files/http";
import { activityReport } from "@/lib/supervision/report-docx";

// GET /api/v1/supervision/{id}/report — the activity's report (.docx, GB/T 9704), a draft for the office to edit
export const GET = withRoute({ permission: "supervision.figures", params: IdParams }, async ({ actor, params }) => {
  const { buffer, filename } = await activityReport(actor, params.id);
  return fileResponse(new Uint8Array(buffer), filename, DOCX_MIME, buffer.length);
});
