import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { AttendanceInput } from "@/lib/sessions/schema";
import { getAttendance, recordAttendance } from "@/lib/sessions/attendance";

// GET /api/v1/sessions/{id}/attendance — the roll of sitting deputies with present/required (office, chair, presidium)
export const GET = withRoute({ permission: "session.attendance_view", params: IdParams }, async ({ actor, params }) =>
  json(await getAttendance(actor, params.id)),
);

// PUT /api/v1/sessions/{id}/attendance — mark deputies present / on leave / absent / left early; 列席 and 旁听 counts (office)
export const PUT = withRoute(
  { permission: "session.manage", params: IdParams, body: AttendanceInput },
  async ({ actor, params, body }) => json(await recordAttendance(actor, params.id, body)),
);
