import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { PetitionTransitionInput } from "@/lib/petitions/transition-schema";
import { petitionSteps, transitionPetition } from "@/lib/petitions/transitions";

// GET /api/v1/petitions/{id}/transitions — the handling steps the caller may take now, each open or with its reason
export const GET = withRoute({ permission: "petition.transition", params: IdParams }, async ({ actor, params }) =>
  json(await petitionSteps(actor, params.id)),
);

// POST /api/v1/petitions/{id}/transitions — one step of the handling chain ({ step, version, … })
export const POST = withRoute(
  { permission: "petition.transition", params: IdParams, body: PetitionTransitionInput },
  async ({ actor, params, body }) => json(await transitionPetition(actor, params.id, body)),
);
