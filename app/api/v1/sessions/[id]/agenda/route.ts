import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { AgendaItemInput } from "@/lib/sessions/schema";
import { addAgendaItem } from "@/lib/sessions/agenda";

// POST /api/v1/sessions/{id}/agenda — add an agenda item (office)
export const POST = withRoute(
  { permission: "session.manage", params: IdParams, body: AgendaItemInput },
  async ({ actor, params, body }) => json(await addAgendaItem(actor, params.id, body), { status: 201 }),
);
