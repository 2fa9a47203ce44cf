import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { DOCUMENT_UPLOAD, DocumentMeta, listDocuments, uploadDocument } from "@/lib/sessions/documents";

// GET /api/v1/sessions/{id}/documents — the session's documents (metadata only)
export const GET = withRoute({ permission: "session.view", params: IdParams }, async ({ actor, params }) => {
  const items = await listDocuments(actor, params.id);
  return json({ items, total: items.length, page: 1, pageSize: items.length });
});

// POST /api/v1/sessions/{id}/documents — upload (multipart `file`, optional `title`, `agendaItemId`); whitelisted types, size limit from settings (office)
export const POST = withRoute(
  { permission: "session.manage", params: IdParams, body: DocumentMeta, files: DOCUMENT_UPLOAD },
  async ({ actor, params, body, files }) =>
    json(await uploadDocument(actor, params.id, files[0], body), { status: 201 }),
);
