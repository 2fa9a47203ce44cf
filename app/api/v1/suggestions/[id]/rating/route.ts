import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { RatingInput } from "@/lib/suggestions/schema";
import { rateSuggestion } from "@/lib/suggestions/transitions";

// POST /api/v1/suggestions/{id}/rating — a proposer rates the reply (or the office keys their paper
// rating form in, 代录: the rate step decides whose); 不满意 sends it back for re-handling
export const POST = withRoute(
  { permission: "suggestion.rate", params: IdParams, body: RatingInput },
  async ({ actor, params, body }) => json(await rateSuggestion(actor, params.id, body)),
);
