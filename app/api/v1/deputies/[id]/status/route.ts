import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { DeputyStatusInput } from "@/lib/roster/schema";
import { changeDeputyStatus } from "@/lib/roster/deputies";

// POST /api/v1/deputies/{id}/status — 辞职、调离、罢免、去世 with effective date and reason (office)
export const POST = withRoute(
  { permission: "deputy.change_status", params: IdParams, body: DeputyStatusInput },
  async ({ actor, params, body }) => json(await changeDeputyStatus(actor, params.id, body)),
);
