import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { PasswordResetInput } from "@/lib/users/schema";
import { resetPassword } from "@/lib/users/service";

// POST /api/v1/users/{id}/reset-password — set a new password and end the account's sessions (office)
export const POST = withRoute(
  { permission: "user.reset_password", params: IdParams, body: PasswordResetInput },
  async ({ actor, params, body }) => json(await resetPassword(actor, params.id, body)),
);
