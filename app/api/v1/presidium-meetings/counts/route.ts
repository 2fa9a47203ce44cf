import { withRoute, json } from "@/lib/http/route";
import { PresidiumCountsQuery } from "@/lib/sessions/meeting-schema";
import { presidiumCountsFor } from "@/lib/sessions/meetings";

// GET /api/v1/presidium-meetings/counts?termId= — a term's meetings held and reports heard (default the current term)
export const GET = withRoute(
  { permission: "presidium_meeting.list", query: PresidiumCountsQuery },
  async ({ actor, query }) => json(await presidiumCountsFor(actor, query.termId)),
);
