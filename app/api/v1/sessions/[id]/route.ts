import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { SessionUpdateInput } from "@/lib/sessions/schema";
import { getSessionOrThrow, updateSession } from "@/lib/sessions/service";

// GET /api/v1/sessions/{id} — the session with agenda, checklist, documents and live quorum figures
export const GET = withRoute({ permission: "session.view", params: IdParams }, async ({ actor, params }) =>
  json(await getSessionOrThrow(actor, params.id)),
);

// PATCH /api/v1/sessions/{id} — dates, venue, minutes; stale version → 409 (office)
export const PATCH = withRoute(
  { permission: "session.manage", params: IdParams, body: SessionUpdateInput },
  async ({ actor, params, body }) => json(await updateSession(actor, params.id, body)),
);
