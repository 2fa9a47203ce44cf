import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { DutyReviewInput } from "@/lib/duties/schema";
import { reviewDuty } from "@/lib/duties/service";

// POST /api/v1/duties/{id}/review — verify the entry, or return it with the reason (office)
export const POST = withRoute(
  { permission: "duty.review", params: IdParams, body: DutyReviewInput },
  async ({ actor, params, body }) => json(await reviewDuty(actor, params.id, body)),
);
