import { withRoute, json } from "@/lib/http/route";
import { AuditListQuery } from "@/lib/audit/schema";
import { listAudit } from "@/lib/audit/service";

// GET /api/v1/audit — the township's audit trail, newest first, with filters (office)
export const GET = withRoute({ permission: "audit.list", query: AuditListQuery }, async ({ actor, query }) =>
  json(await listAudit(actor, query)),
);
