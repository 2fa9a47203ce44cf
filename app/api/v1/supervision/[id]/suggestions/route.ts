import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { SuggestionCreateInput } from "@/lib/suggestions/public";
import { STEP_ATTACHMENT_UPLOAD } from "@/lib/suggestions/attachments";
import { activitySuggestions, createSuggestionFromActivity } from "@/lib/supervision/from-activity";

// GET /api/v1/supervision/{id}/suggestions — the suggestions raised during the activity: {total, items}
export const GET = withRoute({ permission: "supervision.view", params: IdParams }, async ({ actor, params }) =>
  json(await activitySuggestions(actor, params.id)),
);

// POST /api/v1/supervision/{id}/suggestions — the office registers a deputy's suggestion raised during the
// activity (the suggestion's own fields; multipart with files as POST /suggestions), created and linked in one step
export const POST = withRoute(
  {
    permission: "supervision_suggestion.create",
    params: IdParams,
    body: SuggestionCreateInput,
    files: STEP_ATTACHMENT_UPLOAD,
  },
  async ({ actor, params, body, files }) =>
    json(await createSuggestionFromActivity(actor, params.id, body, files), { status: 201 }),
);
