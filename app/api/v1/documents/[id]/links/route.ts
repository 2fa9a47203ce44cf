import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { LinkInput } from "@/lib/documents/schema";
import { addDocumentLink } from "@/lib/documents/links";

// POST /api/v1/documents/{id}/links — link the entry to a record of the township it concerns (module + id) (office)
export const POST = withRoute(
  { permission: "document.manage", params: IdParams, body: LinkInput },
  async ({ actor, params, body }) => json(await addDocumentLink(actor, params.id, body), { status: 201 }),
);
