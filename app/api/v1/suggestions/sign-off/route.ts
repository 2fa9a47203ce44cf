import { withRoute, json } from "@/lib/http/route";
import { SignOffInput } from "@/lib/suggestions/schema";
import { signOffAssignments } from "@/lib/suggestions/transitions";

// POST /api/v1/suggestions/sign-off — the chair signs off a batch of assignments
export const POST = withRoute({ permission: "suggestion.sign_off", body: SignOffInput }, async ({ actor, body }) =>
  json(await signOffAssignments(actor, body.ids)),
);
