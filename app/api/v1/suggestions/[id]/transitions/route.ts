import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { TransitionInput } from "@/lib/suggestions/schema";
import { transitionSuggestion } from "@/lib/suggestions/transitions";

// POST /api/v1/suggestions/{id}/transitions — one step of the workflow with its payload ({action, version, …})
export const POST = withRoute({ permission: "suggestion.transition", params: IdParams, body: TransitionInput }, async ({ actor, params, body }) =>
  json(await transitionSuggestion(actor, params.id, body)),
);
