import { json, withRoute } from "@/lib/http/route";
import { ReceptionVisitUpdateInput, VisitParams } from "@/lib/reception/schema";
import { updateVisit } from "@/lib/reception/visits";

// PATCH /api/v1/reception-days/{id}/visits/{visitId} — the issue solved (and how) or not (office; the receiving deputy)
export const PATCH = withRoute(
  { permission: "reception.record_visit", params: VisitParams, body: ReceptionVisitUpdateInput },
  async ({ actor, params, body }) => json(await updateVisit(actor, params.id, params.visitId, body)),
);
