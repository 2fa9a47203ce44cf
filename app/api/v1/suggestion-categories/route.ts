import { json, withRoute } from "@/lib/http/route";
import { CategoryCreateInput } from "@/lib/suggestions/schema";
import { createCategory, listCategories } from "@/lib/suggestions/categories";

// GET /api/v1/suggestion-categories — the categories in order (the office: all, with use counts; others: active ones)
export const GET = withRoute({ permission: "suggestion_category.list" }, async ({ actor }) => {
  const items = await listCategories(actor);
  return json({ items, total: items.length, page: 1, pageSize: items.length });
});

// POST /api/v1/suggestion-categories — add a category at the end of the list (office)
export const POST = withRoute(
  { permission: "suggestion_category.manage", body: CategoryCreateInput },
  async ({ actor, body }) => json(await createCategory(actor, body), { status: 201 }),
);
