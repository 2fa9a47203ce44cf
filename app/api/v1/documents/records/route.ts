import { json, withRoute } from "@/lib/http/route";
import { RecordPickQuery } from "@/lib/documents/schema";
import { pickRecords } from "@/lib/documents/links";

// GET /api/v1/documents/records?module=&year= — the township's records of a module in a year, to link a document to (office)
export const GET = withRoute({ permission: "document.manage", query: RecordPickQuery }, async ({ actor, query }) =>
  json(await pickRecords(actor, query.module, query.year)),
);
