import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { ActivityUpdateInput } from "@/lib/supervision/schema";
import { updateActivity } from "@/lib/supervision/service";
import { getActivityOrThrow } from "@/lib/supervision/detail";

// GET /api/v1/supervision/{id} — the plan, targets, participants, documents, polls (counts and rates, never a ballot) and steps
export const GET = withRoute({ permission: "supervision.view", params: IdParams }, async ({ actor, params }) =>
  json(await getActivityOrThrow(actor, params.id)),
);

// PATCH /api/v1/supervision/{id} — edit the plan while it is a draft; stale version → 409 (office)
export const PATCH = withRoute(
  { permission: "supervision.manage", params: IdParams, body: ActivityUpdateInput },
  async ({ actor, params, body }) => json(await updateActivity(actor, params.id, body)),
);
