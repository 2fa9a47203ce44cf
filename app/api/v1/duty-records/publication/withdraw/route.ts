import { withRoute, json } from "@/lib/http/route";
import { WithdrawInput } from "@/lib/deputy-record/schema";
import { withdrawYear } from "@/lib/deputy-record/publication";

// POST /api/v1/duty-records/publication/withdraw — the office withdraws a published year, with the reason (audited)
export const POST = withRoute({ permission: "deputy_record.publish", body: WithdrawInput }, async ({ actor, body }) =>
  json(await withdrawYear(actor, body)),
);
