import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { fileResponse } from "@/lib/files/http";
import { attachDocumentFile, DOCUMENT_FILE_UPLOAD, openDocumentFile } from "@/lib/documents/files";

// GET /api/v1/documents/{id}/file — the entry's file (as an attachment, nosniff; each download audited)
export const GET = withRoute({ permission: "document.view", params: IdParams }, async ({ actor, params }) => {
  const f = await openDocumentFile(actor, params.id);
  return fileResponse(new Uint8Array(f.bytes), f.filename, f.mimeType, f.bytes.length);
});

// POST /api/v1/documents/{id}/file — attach the entry's one file (multipart `file`); an entry keeps its original (office)
export const POST = withRoute(
  { permission: "document.manage", params: IdParams, files: DOCUMENT_FILE_UPLOAD },
  async ({ actor, params, files }) => json(await attachDocumentFile(actor, params.id, files), { status: 201 }),
);
