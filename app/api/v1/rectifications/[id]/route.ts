import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { getRectification } from "@/lib/supervision/rectification/service";

// GET /api/v1/rectifications/{id} — one task with its reports, files, timeline and `steps`; another unit's → 404
export const GET = withRoute({ permission: "rectification.view", params: IdParams }, async ({ actor, params }) =>
  json(await getRectification(actor, params.id)),
);
