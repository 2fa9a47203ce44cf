import { json, withRoute } from "@/lib/http/route";
import { VisitConversionInput, VisitParams } from "@/lib/reception/schema";
import { convertVisit } from "@/lib/reception/visits";

// POST /api/v1/reception-days/{id}/visits/{visitId}/conversion — the issue becomes a suggestion (or a petition), linked both ways; once only (office)
export const POST = withRoute(
  { permission: "reception.convert", params: VisitParams, body: VisitConversionInput },
  async ({ actor, params, body }) => json(await convertVisit(actor, params.id, params.visitId, body), { status: 201 }),
);
