import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { setReceptionDuties } from "@/lib/reception/duties";
import { ReceptionDutiesInput } from "@/lib/reception/schema";

// PUT /api/v1/reception-days/{id}/duties — the deputies on duty (sitting on the day) and, once it has come, who was present (office)
export const PUT = withRoute(
  { permission: "reception.manage", params: IdParams, body: ReceptionDutiesInput },
  async ({ actor, params, body }) => json(await setReceptionDuties(actor, params.id, body)),
);
