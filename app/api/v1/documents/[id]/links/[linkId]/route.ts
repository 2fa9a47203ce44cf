import { z } from "zod";
import { json, withRoute } from "@/lib/http/route";
import { uuid } from "@/lib/http/fields";
import { removeDocumentLink } from "@/lib/documents/links";

const Params = z.object({ id: uuid("编号"), linkId: uuid("关联") });

// DELETE /api/v1/documents/{id}/links/{linkId} — remove a link made by mistake; audited (office)
export const DELETE = withRoute({ permission: "document.manage", params: Params }, async ({ actor, params }) =>
  json(await removeDocumentLink(actor, params.id, params.linkId)),
);
