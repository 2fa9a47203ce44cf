import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { VoterReportUpdateInput } from "@/lib/duties/schema";
import { getVoterReport, updateVoterReport } from "@/lib/duties/voter-reports";

// GET /api/v1/voter-reports/{id} — one report to voters with its rating
export const GET = withRoute({ permission: "voter_report.list", params: IdParams }, async ({ actor, params }) =>
  json(await getVoterReport(actor, params.id)),
);

// PATCH /api/v1/voter-reports/{id} — move a scheduled report or correct its place or note before it is held; stale version → 409 (office)
export const PATCH = withRoute(
  { permission: "voter_report.manage", params: IdParams, body: VoterReportUpdateInput },
  async ({ actor, params, body }) => json(await updateVoterReport(actor, params.id, body)),
);
