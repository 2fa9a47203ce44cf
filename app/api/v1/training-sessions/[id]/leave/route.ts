import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { LeaveRequestInput } from "@/lib/training/schema";
import { requestLeave } from "@/lib/training/leave";

// POST /api/v1/training-sessions/{id}/leave — a deputy asks leave before the training ends; the office keys a paper request (代录)
export const POST = withRoute(
  { permission: "training.request_leave", params: IdParams, body: LeaveRequestInput },
  async ({ actor, params, body }) => json(await requestLeave(actor, params.id, body), { status: 201 }),
);
