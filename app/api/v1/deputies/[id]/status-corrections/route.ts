import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { DeputyStatusCorrectionInput } from "@/lib/roster/schema";
import { correctDeputyStatus } from "@/lib/roster/status-correction";

// POST /api/v1/deputies/{id}/status-corrections — 更正 a status change entered by mistake, with the reason (office)
export const POST = withRoute(
  { permission: "deputy.correct_status", params: IdParams, body: DeputyStatusCorrectionInput },
  async ({ actor, params, body }) => json(await correctDeputyStatus(actor, params.id, body)),
);
