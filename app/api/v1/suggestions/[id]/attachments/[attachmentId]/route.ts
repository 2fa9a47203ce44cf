import { withRoute } from "@/lib/http/route";
import { fileResponse } from "@/lib/files/http";
import { AttachmentParams } from "@/lib/suggestions/schema";
import { deleteAttachment, openAttachment } from "@/lib/suggestions/attachments";

// GET /api/v1/suggestions/{id}/attachments/{attachmentId} — download (as an attachment, stored type, nosniff)
export const GET = withRoute({ permission: "suggestion.view", params: AttachmentParams }, async ({ actor, params }) => {
  const a = await openAttachment(actor, params.id, params.attachmentId);
  return fileResponse(new Uint8Array(a.bytes), a.filename, a.mimeType, a.size);
});

// DELETE /api/v1/suggestions/{id}/attachments/{attachmentId} — remove one of the suggestion's own files while still editable
export const DELETE = withRoute(
  { permission: "suggestion.attach", params: AttachmentParams },
  async ({ actor, params }) => {
    await deleteAttachment(actor, params.id, params.attachmentId);
    return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
  },
);
