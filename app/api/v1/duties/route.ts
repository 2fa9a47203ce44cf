import { json, withRoute } from "@/lib/http/route";
import { DutyCreateInput, DutyListQuery } from "@/lib/duties/schema";
import { createDuty, DUTY_PHOTO_UPLOAD_OPTIONAL, listDuties } from "@/lib/duties/service";

// GET /api/v1/duties — duty entries, newest first (a deputy: own; a presidium member: own and linked deputies')
export const GET = withRoute({ permission: "duty.list", query: DutyListQuery }, async ({ actor, query }) =>
  json(await listDuties(actor, query)),
);

// POST /api/v1/duties — log one's own duty (JSON, or multipart with `payload` and `photos`); the office keys one for a deputy (代录)
export const POST = withRoute(
  { permission: "duty.create", body: DutyCreateInput, files: DUTY_PHOTO_UPLOAD_OPTIONAL },
  async ({ actor, body, files }) => json(await createDuty(actor, body, files), { status: 201 }),
);
