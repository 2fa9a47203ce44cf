import { withRoute, json } from "@/lib/http/route";
import { PublicationInput } from "@/lib/deputy-record/schema";
import { publishYear } from "@/lib/deputy-record/publication";

// POST /api/v1/duty-records/publication — the office publishes a year's 履职公示 (代表法 第五十八条第二款)
export const POST = withRoute(
  { permission: "deputy_record.publish", body: PublicationInput },
  async ({ actor, body }) => json(await publishYear(actor, body)),
);
