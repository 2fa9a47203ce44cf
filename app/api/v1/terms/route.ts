import { withRoute, json } from "@/lib/http/route";
import { TermCreateInput } from "@/lib/roster/schema";
import { createTerm, listTerms } from "@/lib/roster/terms";

// GET /api/v1/terms — the township's terms, newest first
export const GET = withRoute({ permission: "term.list" }, async ({ actor }) => {
  const items = await listTerms(actor);
  return json({ items, total: items.length, page: 1, pageSize: items.length });
});

// POST /api/v1/terms — start a new current term, empty or with re-elected deputies copied (office)
export const POST = withRoute({ permission: "term.manage", body: TermCreateInput }, async ({ actor, body }) =>
  json(await createTerm(actor, body), { status: 201 }),
);
