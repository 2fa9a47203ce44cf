import { withRoute, json } from "@/lib/http/route";
import { listInbox, UnitInboxQuery } from "@/lib/inbox/service";
// The domains whose items reach a unit's inbox: each module registers its source when imported.
import "@/lib/suggestions/inbox";
import "@/lib/supervision/rectification/inbox";
import "@/lib/petitions/inbox";

// GET /api/v1/inbox?kind=&page=&pageSize= — a unit's one inbox across modules: {items: [{kind, id, number,
// title, unitId, role LEAD|CO, dueDate, state, open, link}], total, page, pageSize}, being handled first by due day
export const GET = withRoute({ permission: "inbox.view", query: UnitInboxQuery }, async ({ actor, query }) =>
  json(await listInbox(actor, query)),
);
