import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { getReceptionDay } from "@/lib/reception/detail";
import { ReceptionDayUpdateInput } from "@/lib/reception/schema";
import { updateReceptionDay } from "@/lib/reception/service";

// GET /api/v1/reception-days/{id} — the day, the deputies on duty, the visitors (phone and address masked outside the office and chair)
export const GET = withRoute({ permission: "reception.view", params: IdParams }, async ({ actor, params }) =>
  json(await getReceptionDay(actor, params.id)),
);

// PATCH /api/v1/reception-days/{id} — change date or place, mark held, or cancel with the reason; audited (office)
export const PATCH = withRoute(
  { permission: "reception.manage", params: IdParams, body: ReceptionDayUpdateInput },
  async ({ actor, params, body }) => json(await updateReceptionDay(actor, params.id, body)),
);
