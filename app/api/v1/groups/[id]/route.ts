import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { GroupUpdateInput } from "@/lib/roster/schema";
import { updateGroup } from "@/lib/roster/groups";

// PATCH /api/v1/groups/{id} — edit a group, its leader and members (office)
export const PATCH = withRoute(
  { permission: "group.manage", params: IdParams, body: GroupUpdateInput },
  async ({ actor, params, body }) => json(await updateGroup(actor, params.id, body)),
);
