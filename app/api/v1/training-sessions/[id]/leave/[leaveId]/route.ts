import { json, withRoute } from "@/lib/http/route";
import { LeaveDecisionInput, LeaveParams } from "@/lib/training/schema";
import { decideLeave } from "@/lib/training/leave";

// POST /api/v1/training-sessions/{id}/leave/{leaveId} — the chair approves (attendance → 请假) or rejects a leave request (chair)
export const POST = withRoute(
  { permission: "training.decide_leave", params: LeaveParams, body: LeaveDecisionInput },
  async ({ actor, params, body }) => json(await decideLeave(actor, params.id, params.leaveId, body)),
);
