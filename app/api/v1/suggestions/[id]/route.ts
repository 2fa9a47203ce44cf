import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { SuggestionUpdateInput } from "@/lib/suggestions/schema";
import { updateSuggestion } from "@/lib/suggestions/service";
import { getSuggestionOrThrow } from "@/lib/suggestions/detail";

// GET /api/v1/suggestions/{id} — the record with its timeline (a public copy for other deputies once published)
export const GET = withRoute({ permission: "suggestion.view", params: IdParams }, async ({ actor, params }) =>
  json(await getSuggestionOrThrow(actor, params.id)),
);

// PATCH /api/v1/suggestions/{id} — edit title, content or category before registration (lead proposer or office)
export const PATCH = withRoute(
  { permission: "suggestion.update", params: IdParams, body: SuggestionUpdateInput },
  async ({ actor, params, body }) => json(await updateSuggestion(actor, params.id, body)),
);
