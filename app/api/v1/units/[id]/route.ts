import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { UnitUpdateInput } from "@/lib/units/schema";
import { getUnitOrThrow, updateUnit } from "@/lib/units/service";

// GET /api/v1/units/{id} — one unit (a unit user: only their own)
export const GET = withRoute({ permission: "unit.view", params: IdParams }, async ({ actor, params }) =>
  json(await getUnitOrThrow(actor, params.id)),
);

// PATCH /api/v1/units/{id} — edit or deactivate a unit (office)
export const PATCH = withRoute(
  { permission: "unit.update", params: IdParams, body: UnitUpdateInput },
  async ({ actor, params, body }) => json(await updateUnit(actor, params.id, body)),
);
