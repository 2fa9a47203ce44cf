import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { SessionCorrectionInput } from "@/lib/sessions/correction-schema";
import { correctSession, listCorrections } from "@/lib/sessions/corrections";

// GET /api/v1/sessions/{id}/corrections — the session's 更正记录 (before → after, who, when, why)
export const GET = withRoute({ permission: "session.view", params: IdParams }, async ({ actor, params }) =>
  json(await listCorrections(actor, params.id)),
);

// POST /api/v1/sessions/{id}/corrections — correct dates, venue or agenda with a reason (office); kept as an event
export const POST = withRoute(
  { permission: "session.manage", params: IdParams, body: SessionCorrectionInput },
  async ({ actor, params, body }) => json(await correctSession(actor, params.id, body), { status: 201 }),
);
