import { withRoute, json } from "@/lib/http/route";
import { DuplicateCheckInput } from "@/lib/petitions/schema";
import { checkDuplicates } from "@/lib/petitions/duplicates";

// POST /api/v1/petitions/duplicates — possible duplicates of the form's petitioners and subject, before saving (reads only)
export const POST = withRoute({ permission: "petition.create", body: DuplicateCheckInput }, async ({ actor, body }) =>
  json(await checkDuplicates(actor, body)),
);
