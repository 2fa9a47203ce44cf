import { withRoute, json } from "@/lib/http/route";
import { SessionCreateInput, SessionListQuery } from "@/lib/sessions/schema";
import { createSession, listSessions } from "@/lib/sessions/service";

// GET /api/v1/sessions — congress sessions, newest first (deputies: their own term's)
export const GET = withRoute({ permission: "session.list", query: SessionListQuery }, async ({ actor, query }) =>
  json(await listSessions(actor, query)),
);

// POST /api/v1/sessions — prepare a session: numbered within the term, checklist from the template (office)
export const POST = withRoute({ permission: "session.manage", body: SessionCreateInput }, async ({ actor, body }) =>
  json(await createSession(actor, body), { status: 201 }),
);
