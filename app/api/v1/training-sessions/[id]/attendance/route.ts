import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { AttendanceInput } from "@/lib/training/schema";
import { recordAttendance } from "@/lib/training/attendance";

// POST /api/v1/training-sessions/{id}/attendance — attendance of enrolled deputies (出席/请假/缺席) from the sign-in sheet (office)
export const POST = withRoute(
  { permission: "training.manage", params: IdParams, body: AttendanceInput },
  async ({ actor, params, body }) => json(await recordAttendance(actor, params.id, body)),
);
