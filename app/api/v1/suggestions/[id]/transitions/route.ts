import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { TransitionInput } from "@/lib/suggestions/schema";
import { transitionSuggestion } from "@/lib/suggestions/transitions";
import { STEP_ATTACHMENT_UPLOAD } from "@/lib/suggestions/attachments";

// POST /api/v1/suggestions/{id}/transitions — one step of the workflow with its payload ({action, version, …});
// a reply or delay notice may come as multipart with the JSON in `payload` and files in `attachments`
export const POST = withRoute(
  { permission: "suggestion.transition", params: IdParams, body: TransitionInput, files: STEP_ATTACHMENT_UPLOAD },
  async ({ actor, params, body, files }) => json(await transitionSuggestion(actor, params.id, body, files)),
);
