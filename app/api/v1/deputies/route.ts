import { withRoute, json } from "@/lib/http/route";
import { DeputyCreateInput, DeputyListQuery } from "@/lib/roster/schema";
import { createDeputy, listDeputies } from "@/lib/roster/deputies";

// GET /api/v1/deputies — the roster, filtered, sorted and paginated; fields per role (lib/roster/policy.ts)
export const GET = withRoute({ permission: "deputy.list", query: DeputyListQuery }, async ({ actor, query }) =>
  json(await listDeputies(actor, query)),
);

// POST /api/v1/deputies — add a deputy to the current term (office)
export const POST = withRoute({ permission: "deputy.create", body: DeputyCreateInput }, async ({ actor, body }) =>
  json(await createDeputy(actor, body), { status: 201 }),
);
