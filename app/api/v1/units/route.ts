import { withRoute, json } from "@/lib/http/route";
import { UnitCreateInput, UnitListQuery } from "@/lib/units/schema";
import { createUnit, listUnits } from "@/lib/units/service";

// GET /api/v1/units — handling units of the township (office, chair, presidium)
export const GET = withRoute({ permission: "unit.list", query: UnitListQuery }, async ({ actor, query }) =>
  json(await listUnits(actor, query)),
);

// POST /api/v1/units — add a handling unit (office)
export const POST = withRoute({ permission: "unit.create", body: UnitCreateInput }, async ({ actor, body }) =>
  json(await createUnit(actor, body), { status: 201 }),
);
