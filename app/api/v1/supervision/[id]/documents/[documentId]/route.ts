import { withRoute } from "@/lib/http/route";
import { fileResponse } from "@/lib/files/http";
import { DocumentParams } from "@/lib/supervision/schema";
import { deleteDocument, openDocument } from "@/lib/supervision/documents";

// GET /api/v1/supervision/{id}/documents/{documentId} — download (whoever may read the activity)
export const GET = withRoute({ permission: "supervision.view", params: DocumentParams }, async ({ actor, params }) => {
  const { doc, size, bytes } = await openDocument(actor, params.id, params.documentId);
  return fileResponse(bytes as Uint8Array<ArrayBuffer>, doc.filename, doc.mimeType, size);
});

// DELETE /api/v1/supervision/{id}/documents/{documentId} — remove it and its file until concluded (office)
export const DELETE = withRoute(
  { permission: "supervision.manage", params: DocumentParams },
  async ({ actor, params }) => {
    await deleteDocument(actor, params.id, params.documentId);
    return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
  },
);
