import { withRoute } from "@/lib/http/route";
import { DocumentParams, deleteDocument, openDocument } from "@/lib/sessions/documents";
import { fileResponse } from "@/lib/files/http";

// GET /api/v1/sessions/{id}/documents/{docId} — download the file (anyone who may read the session)
export const GET = withRoute({ permission: "session.view", params: DocumentParams }, async ({ actor, params }) => {
  const { doc, size, bytes } = await openDocument(actor, params.id, params.docId);
  return fileResponse(bytes, doc.filename, doc.mimeType, size);
});

// DELETE /api/v1/sessions/{id}/documents/{docId} — remove the document and its file (office)
export const DELETE = withRoute({ permission: "session.manage", params: DocumentParams }, async ({ actor, params }) => {
  await deleteDocument(actor, params.id, params.docId);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
