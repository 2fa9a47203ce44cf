import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { SessionTransitionInput } from "@/lib/sessions/schema";
import { transitionSession } from "@/lib/sessions/service";

// POST /api/v1/sessions/{id}/transitions — {action: "open"} (office, needs a quorum) or {action: "close"} (office or chair)
export const POST = withRoute(
  { permission: "session.close", params: IdParams, body: SessionTransitionInput },
  async ({ actor, params, body }) => json(await transitionSession(actor, params.id, body)),
);
