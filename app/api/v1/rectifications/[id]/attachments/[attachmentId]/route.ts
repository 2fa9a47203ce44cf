import { withRoute } from "@/lib/http/route";
import { fileResponse } from "@/lib/files/http";
import { ReportAttachmentParams } from "@/lib/supervision/rectification/schema";
import { openReportFile } from "@/lib/supervision/rectification/attachments";

// GET /api/v1/rectifications/{id}/attachments/{attachmentId} — a report's file (as an attachment, nosniff)
export const GET = withRoute(
  { permission: "rectification.view", params: ReportAttachmentParams },
  async ({ actor, params }) => {
    const a = await openReportFile(actor, params.id, params.attachmentId);
    return fileResponse(new Uint8Array(a.bytes), a.filename, a.mimeType, a.size);
  },
);
