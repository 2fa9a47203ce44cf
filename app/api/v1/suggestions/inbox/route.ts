import { withRoute, json } from "@/lib/http/route";
import { InboxQuery } from "@/lib/suggestions/schema";
import { listUnitInbox } from "@/lib/suggestions/inbox";

// GET /api/v1/suggestions/inbox?state=&page=&pageSize= — a unit's inbox: what is assigned to it,
// those being handled first and soonest due first, then the finished ones ({items, total, page, pageSize}).
export const GET = withRoute({ permission: "suggestion.inbox", query: InboxQuery }, async ({ actor, query }) =>
  json(await listUnitInbox(actor, query)),
);
