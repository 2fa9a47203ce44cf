import { withRoute, json } from "@/lib/http/route";
import { PasswordChangeInput } from "@/lib/users/schema";
import { changeOwnPassword } from "@/lib/users/service";

// POST /api/v1/me/password — change one's own password (every role)
export const POST = withRoute(
  { permission: "account.change_password", body: PasswordChangeInput },
  async ({ actor, body }) => {
    await changeOwnPassword(actor, body);
    return json({ ok: true });
  },
);
