import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { CategoryUpdateInput } from "@/lib/suggestions/schema";
import { deleteCategory, updateCategory } from "@/lib/suggestions/categories";

// PATCH /api/v1/suggestion-categories/{id} — rename, deactivate/reactivate, or move up/down ({version, name?, active?, move?}) (office)
export const PATCH = withRoute(
  { permission: "suggestion_category.manage", params: IdParams, body: CategoryUpdateInput },
  async ({ actor, params, body }) => json(await updateCategory(actor, params.id, body)),
);

// DELETE /api/v1/suggestion-categories/{id} — remove a category no suggestion uses; one in use can only be deactivated (office)
export const DELETE = withRoute(
  { permission: "suggestion_category.manage", params: IdParams },
  async ({ actor, params }) => {
    await deleteCategory(actor, params.id);
    return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
  },
);
