import { db } from "@/lib/db";
import { json, withRoute } from "@/lib/http/route";
import { receptionYearFigures } from "@/lib/reception/figures";
import { ReceptionYearQuery } from "@/lib/reception/schema";

// GET /api/v1/reception-days/figures?year= — the year's figures: days held, visitors, issues solved, deputies served and not
export const GET = withRoute({ permission: "reception.figures", query: ReceptionYearQuery }, async ({ actor, query }) =>
  json(await receptionYearFigures(db, actor.townshipId, query.year)),
);
