import { z } from "zod";
import { uuid } from "@/lib/http/fields";
import { withRoute, json } from "@/lib/http/route";
import { AgendaItemInput } from "@/lib/sessions/schema";
import { updateAgendaItem } from "@/lib/sessions/agenda";

const Params = z.object({ id: uuid("会议编号"), itemId: uuid("议程编号") });

// PATCH /api/v1/sessions/{id}/agenda/{itemId} — edit an item or record its resolution text (office)
export const PATCH = withRoute(
  { permission: "session.manage", params: Params, body: AgendaItemInput },
  async ({ actor, params, body }) => json(await updateAgendaItem(actor, params.id, params.itemId, body)),
);
