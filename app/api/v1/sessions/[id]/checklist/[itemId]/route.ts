import { z } from "zod";
import { uuid } from "@/lib/http/fields";
import { withRoute, json } from "@/lib/http/route";
import { ChecklistItemUpdateInput } from "@/lib/sessions/schema";
import { setChecklistItemDone } from "@/lib/sessions/checklist";

const Params = z.object({ id: uuid("会议编号"), itemId: uuid("事项编号") });

// PATCH /api/v1/sessions/{id}/checklist/{itemId} — tick or untick a preparation item (office)
export const PATCH = withRoute(
  { permission: "session.manage", params: Params, body: ChecklistItemUpdateInput },
  async ({ actor, params, body }) => json(await setChecklistItemDone(actor, params.id, params.itemId, body.done)),
);
