import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { DocumentUpdateInput } from "@/lib/documents/schema";
import { getDocument, updateDocument } from "@/lib/documents/service";

// GET /api/v1/documents/{id} — one entry, the records it concerns, its 更正记录
export const GET = withRoute({ permission: "document.view", params: IdParams }, async ({ actor, params }) =>
  json(await getDocument(actor, params.id)),
);

// PATCH /api/v1/documents/{id} — correct the registered facts (with a reason) or record the handling; audited (office)
export const PATCH = withRoute(
  { permission: "document.manage", params: IdParams, body: DocumentUpdateInput },
  async ({ actor, params, body }) => json(await updateDocument(actor, params.id, body)),
);
