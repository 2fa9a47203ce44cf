import { withRoute, json } from "@/lib/http/route";
import { ConstituencyCreateInput, ConstituencyListQuery } from "@/lib/roster/schema";
import { createConstituency, listConstituencies } from "@/lib/roster/constituencies";

// GET /api/v1/constituencies?termId= — a term's 选区 (default the current term) in natural order
export const GET = withRoute(
  { permission: "constituency.list", query: ConstituencyListQuery },
  async ({ actor, query }) => {
    const { term, items } = await listConstituencies(actor, query.termId);
    return json({ term, items, total: items.length, page: 1, pageSize: items.length });
  },
);

// POST /api/v1/constituencies — add a 选区 to a term (default the current term; office)
export const POST = withRoute(
  { permission: "constituency.manage", body: ConstituencyCreateInput },
  async ({ actor, body }) => json(await createConstituency(actor, body), { status: 201 }),
);
