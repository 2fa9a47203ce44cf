import { json, withRoute } from "@/lib/http/route";
import type { WorkPlanModule } from "@/lib/generated/prisma/enums";
import { RecordPickQuery } from "@/lib/documents/schema";
import { pickRecords } from "@/lib/documents/service";

// GET /api/v1/documents/records?module=&q= — the township's records of a module a document may be linked to (office)
export const GET = withRoute({ permission: "document.manage", query: RecordPickQuery }, async ({ actor, query }) =>
  json(await pickRecords(actor, query.module as WorkPlanModule, query.q)),
);
