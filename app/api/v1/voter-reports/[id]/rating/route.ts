import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { VoterReportRatingInput } from "@/lib/duties/schema";
import { rateVoterReport } from "@/lib/duties/voter-reports";

// POST /api/v1/voter-reports/{id}/rating — the meeting held (day, voters present) and its rating sheet from paper; a second sheet → 409 (office)
export const POST = withRoute(
  { permission: "voter_report.manage", params: IdParams, body: VoterReportRatingInput },
  async ({ actor, params, body }) => json(await rateVoterReport(actor, params.id, body)),
);
