// Client side: check a body with the training schema named (loaded on submit, not with the page) and send it.
import { checkAndSend as send, type SendResult } from "@/components/ui/check-and-send";

type SchemaName =
  | "PlanCreateInput"
  | "TrainingCreateInput"
  | "EnrolmentInput"
  | "AttendanceInput"
  | "AssessmentInput"
  | "LeaveRequestInput"
  | "LeaveDecisionInput";

export function checkAndSend<T>(schema: SchemaName, url: string, body: unknown): Promise<SendResult<T>> {
  return send<T>(() => import("@/lib/training/schema").then((m) => m[schema]), url, "POST", body);
}
