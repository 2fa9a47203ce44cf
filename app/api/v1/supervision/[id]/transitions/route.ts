import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { TransitionInput } from "@/lib/supervision/schema";
import { transitionActivity } from "@/lib/supervision/service";

// POST /api/v1/supervision/{id}/transitions — {action: "approve", partyConsentOn, partyConsentNote} (chair),
// {action: "start"} (office; opens the polls), {action: "conclude", concludedOn?, summary?} (office; closes them)
export const POST = withRoute(
  { permission: "supervision.view", params: IdParams, body: TransitionInput },
  async ({ actor, params, body }) => json(await transitionActivity(actor, params.id, body)),
);
