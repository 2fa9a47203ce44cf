import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { PetitionGetQuery, PetitionUpdateInput } from "@/lib/petitions/schema";
import { getPetition } from "@/lib/petitions/detail";
import { updatePetition } from "@/lib/petitions/service";

// GET /api/v1/petitions/{id} — one petition, personal data masked; ?reveal=1 (office, chair) in full, logged
export const GET = withRoute(
  { permission: "petition.view", params: IdParams, query: PetitionGetQuery },
  async ({ actor, params, query }) => json(await getPetition(actor, params.id, { reveal: query.reveal === "1" })),
);

// PATCH /api/v1/petitions/{id} — the office corrects the registration while the case is open (version-checked, audited)
export const PATCH = withRoute(
  { permission: "petition.update", params: IdParams, body: PetitionUpdateInput },
  async ({ actor, params, body }) => json(await updatePetition(actor, params.id, body)),
);
