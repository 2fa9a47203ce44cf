import { withRoute, json } from "@/lib/http/route";
import { PetitionCreateInput, PetitionListQuery } from "@/lib/petitions/schema";
import { listPetitions } from "@/lib/petitions/list";
import { createPetition } from "@/lib/petitions/service";
import { REGISTRATION_UPLOAD } from "@/lib/petitions/attachments";

// GET /api/v1/petitions — filtered, sorted, paged list; a unit sees the cases handed to it, a deputy those taken at a reception day
export const GET = withRoute({ permission: "petition.list", query: PetitionListQuery }, async ({ actor, query }) =>
  json(await listPetitions(actor, query)),
);

// POST /api/v1/petitions — the office registers a petition (代录 with the real day of receipt).
// JSON, or multipart with the JSON in `payload` and files in `attachments` (stored in the same transaction).
export const POST = withRoute(
  { permission: "petition.create", body: PetitionCreateInput, files: REGISTRATION_UPLOAD },
  async ({ actor, body, files }) => json(await createPetition(actor, body, { files }), { status: 201 }),
);
