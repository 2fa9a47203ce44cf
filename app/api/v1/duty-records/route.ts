import { withRoute, json } from "@/lib/http/route";
import { RecordYearQuery } from "@/lib/deputy-record/schema";
import { publicationView } from "@/lib/deputy-record/publication";

// GET /api/v1/duty-records?year= — 履职公示: each sitting deputy's figures of a published year, without personal
// data (the office also sees an unpublished year, as a preview)
export const GET = withRoute(
  { permission: "deputy_record.public_view", query: RecordYearQuery },
  async ({ actor, query }) => json(await publicationView(actor, query.year)),
);
