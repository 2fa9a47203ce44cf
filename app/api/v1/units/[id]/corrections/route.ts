import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { UnitCorrectionInput } from "@/lib/units/schema";
import { correctUnit } from "@/lib/units/corrections";

// POST /api/v1/units/{id}/corrections — 更正 the unit's contact person and phone, with the reason (office)
export const POST = withRoute(
  { permission: "unit.correct", params: IdParams, body: UnitCorrectionInput },
  async ({ actor, params, body }) => json(await correctUnit(actor, params.id, body)),
);
