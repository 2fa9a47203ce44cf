import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { RectificationEventInput } from "@/lib/supervision/rectification/schema";
import { remindTask } from "@/lib/supervision/rectification/steps";

// POST /api/v1/rectifications/{id}/reminders — 催办 recorded ({version, note, occurredOn?}); the unit is notified
export const POST = withRoute(
  { permission: "rectification.remind", params: IdParams, body: RectificationEventInput },
  async ({ actor, params, body }) => json(await remindTask(actor, params.id, body), { status: 201 }),
);
