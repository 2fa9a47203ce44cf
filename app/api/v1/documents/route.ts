import { json, withRoute } from "@/lib/http/route";
import { DocumentCreateInput, DocumentListQuery } from "@/lib/documents/schema";
import { createDocument, listDocuments } from "@/lib/documents/service";
import { DOCUMENT_CREATE_UPLOAD } from "@/lib/documents/files";

// GET /api/v1/documents?year=&direction=&category=&q= — the register (收发文登记), newest first, paginated
export const GET = withRoute({ permission: "document.list", query: DocumentListQuery }, async ({ actor, query }) =>
  json(await listDocuments(actor, query)),
);

// POST /api/v1/documents — register a document received or sent (代录 from the paper register with the real day);
// JSON, or multipart with the JSON in `payload` and the file in `file`. The serial is the next of its direction and year.
export const POST = withRoute(
  { permission: "document.manage", body: DocumentCreateInput, files: DOCUMENT_CREATE_UPLOAD },
  async ({ actor, body, files }) => json(await createDocument(actor, body, files), { status: 201 }),
);
