import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { SuggestionCreateInput } from "@/lib/suggestions/public";
import { STEP_ATTACHMENT_UPLOAD } from "@/lib/suggestions/attachments";
import { createSuggestionFromActivity } from "@/lib/group-activities/attachments";

// POST /api/v1/group-activities/{id}/suggestions — the office registers a deputy's suggestion raised at the
// activity (the suggestion's own fields; multipart with files as POST /suggestions), created and linked in one step
export const POST = withRoute(
  {
    permission: "group_activity_suggestion.create",
    params: IdParams,
    body: SuggestionCreateInput,
    files: STEP_ATTACHMENT_UPLOAD,
  },
  async ({ actor, params, body, files }) =>
    json(await createSuggestionFromActivity(actor, params.id, body, files), { status: 201 }),
);
