import { withRoute, json } from "@/lib/http/route";
import { SuggestionCreateInput, SuggestionListQuery } from "@/lib/suggestions/schema";
import { createSuggestion, listSuggestions } from "@/lib/suggestions/service";
import { STEP_ATTACHMENT_UPLOAD } from "@/lib/suggestions/attachments";

// GET /api/v1/suggestions — filtered list; deputies see their own (and published), units their assignments
export const GET = withRoute({ permission: "suggestion.list", query: SuggestionListQuery }, async ({ actor, query }) =>
  json(await listSuggestions(actor, query)),
);

// POST /api/v1/suggestions — a deputy submits (or the office on a deputy's behalf); motions need 5+ deputies.
// JSON, or multipart with the JSON in `payload` and files in `attachments` (stored in the same transaction).
export const POST = withRoute(
  { permission: "suggestion.create", body: SuggestionCreateInput, files: STEP_ATTACHMENT_UPLOAD },
  async ({ actor, body, files }) => json(await createSuggestion(actor, body, files), { status: 201 }),
);
