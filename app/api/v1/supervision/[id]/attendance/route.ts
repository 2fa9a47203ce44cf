import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { AttendanceInput } from "@/lib/supervision/schema";
import { recordAttendance } from "@/lib/supervision/attendance";

// POST /api/v1/supervision/{id}/attendance — participants' attendance (参加/请假/缺席), from approval to conclusion (office)
export const POST = withRoute(
  { permission: "supervision.manage", params: IdParams, body: AttendanceInput },
  async ({ actor, params, body }) => json(await recordAttendance(actor, params.id, body)),
);
