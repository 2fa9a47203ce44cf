import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { TransitionInput } from "@/lib/suggestions/schema";
import { transitionSuggestion } from "@/lib/suggestions/transitions";
import { readBodyWithAttachments } from "@/lib/suggestions/attachments";

// POST /api/v1/suggestions/{id}/transitions — one step of the workflow with its payload ({action, version, …});
// a reply or delay notice may come as multipart with the JSON in `payload` and files in `attachments`
export const POST = withRoute(
  { permission: "suggestion.transition", params: IdParams },
  async ({ req, actor, params }) => {
    const { body, files } = await readBodyWithAttachments(req, TransitionInput);
    return json(await transitionSuggestion(actor, params.id, body, files));
  },
);
