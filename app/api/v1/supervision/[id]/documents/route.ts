import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { DOCUMENT_UPLOAD, DocumentMeta, listDocuments, uploadDocument } from "@/lib/supervision/documents";

// GET /api/v1/supervision/{id}/documents — the activity's documents and photos (metadata)
export const GET = withRoute({ permission: "supervision.view", params: IdParams }, async ({ actor, params }) => {
  const items = await listDocuments(actor, params.id);
  return json({ items, total: items.length, page: 1, pageSize: items.length });
});

// POST /api/v1/supervision/{id}/documents — upload (multipart `file`, `kind` PLAN/REPORT/PHOTO/OTHER) until concluded (office)
export const POST = withRoute(
  { permission: "supervision.manage", params: IdParams, body: DocumentMeta, files: DOCUMENT_UPLOAD },
  async ({ actor, params, body, files }) =>
    json(await uploadDocument(actor, params.id, files[0], body), { status: 201 }),
);
