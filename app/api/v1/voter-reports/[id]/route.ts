import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { getVoterReport } from "@/lib/duties/voter-reports";

// GET /api/v1/voter-reports/{id} — one report to voters with its rating
export const GET = withRoute({ permission: "voter_report.list", params: IdParams }, async ({ actor, params }) =>
  json(await getVoterReport(actor, params.id)),
);
