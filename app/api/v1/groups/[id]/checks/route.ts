import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { GroupCheckInput } from "@/lib/roster/schema";
import { recordGroupCheck } from "@/lib/roster/groups";

// POST /api/v1/groups/{id}/checks — record a dated 三有/五有 standards check (office)
export const POST = withRoute(
  { permission: "group.manage", params: IdParams, body: GroupCheckInput },
  async ({ actor, params, body }) => json(await recordGroupCheck(actor, params.id, body), { status: 201 }),
);
