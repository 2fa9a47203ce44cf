import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { ReceptionVisitInput } from "@/lib/reception/schema";
import { recordVisit } from "@/lib/reception/visits";

// POST /api/v1/reception-days/{id}/visits — a visitor and their issue (a deputy on duty; the office keys the paper register, 代录)
export const POST = withRoute(
  { permission: "reception.record_visit", params: IdParams, body: ReceptionVisitInput },
  async ({ actor, params, body }) => json(await recordVisit(actor, params.id, body), { status: 201 }),
);
