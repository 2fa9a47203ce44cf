import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { unlockUser } from "@/lib/users/lockout";

// POST /api/v1/users/{id}/unlock — lift the account's sign-in lock (failed attempts forgotten; audited) (office)
export const POST = withRoute({ permission: "user.reset_password", params: IdParams }, async ({ actor, params }) =>
  json(await unlockUser(actor, params.id)),
);
