import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { UserCorrectionInput } from "@/lib/users/schema";
import { correctUser } from "@/lib/users/corrections";

// POST /api/v1/users/{id}/corrections — 更正 an account's name or role, with the reason (office)
export const POST = withRoute(
  { permission: "user.correct", params: IdParams, body: UserCorrectionInput },
  async ({ actor, params, body }) => json(await correctUser(actor, params.id, body)),
);
