import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { EnrolmentInput } from "@/lib/training/schema";
import { changeEnrolment } from "@/lib/training/service";

// POST /api/v1/training-sessions/{id}/enrolments — enrol by audience (levels, groups) or by name, or take deputies off (office)
export const POST = withRoute(
  { permission: "training.manage", params: IdParams, body: EnrolmentInput },
  async ({ actor, params, body }) => json(await changeEnrolment(actor, params.id, body)),
);
