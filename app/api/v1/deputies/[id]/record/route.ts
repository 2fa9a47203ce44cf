import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { RecordYearQuery } from "@/lib/deputy-record/schema";
import { deputyRecord } from "@/lib/deputy-record/record";

// GET /api/v1/deputies/{id}/record?year= — the deputy's record of a year (履职档案): sessions, suggestions,
// supervision; for the deputy, their linked presidium member, the office and the chair (others: 404, as for a
// deputy they may not see — hence the roster's permission here and the record's rule in the service)
export const GET = withRoute(
  { permission: "deputy.view", params: IdParams, query: RecordYearQuery },
  async ({ actor, params, query }) => json(await deputyRecord(actor, params.id, query.year)),
);
