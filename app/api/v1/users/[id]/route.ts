import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { UserUpdateInput } from "@/lib/users/schema";
import { getUserOrThrow, updateUser } from "@/lib/users/service";

// GET /api/v1/users/{id} — one account (office)
export const GET = withRoute({ permission: "user.list", params: IdParams }, async ({ actor, params }) =>
  json(await getUserOrThrow(actor, params.id)),
);

// PATCH /api/v1/users/{id} — rename, disable or enable an account; disabling ends its sessions (office)
export const PATCH = withRoute(
  { permission: "user.update", params: IdParams, body: UserUpdateInput },
  async ({ actor, params, body }) => json(await updateUser(actor, params.id, body)),
);
