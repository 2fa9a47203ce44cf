import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { DutyUpdateInput } from "@/lib/duties/schema";
import { getDuty, updateDuty } from "@/lib/duties/service";

// GET /api/v1/duties/{id} — one entry with its photos and steps (404 when not the actor's to see)
export const GET = withRoute({ permission: "duty.view", params: IdParams }, async ({ actor, params }) =>
  json(await getDuty(actor, params.id)),
);

// PATCH /api/v1/duties/{id} — correct one's own entry while not verified (a returned entry is resubmitted); stale version → 409
export const PATCH = withRoute(
  { permission: "duty.update", params: IdParams, body: DutyUpdateInput },
  async ({ actor, params, body }) => json(await updateDuty(actor, params.id, body)),
);
