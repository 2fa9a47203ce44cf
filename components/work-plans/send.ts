// Client side: check a body with the work-plan schema named (loaded on submit, not with the page) and send it.
import { checkAndSend as send, type SendResult } from "@/components/ui/check-and-send";

type SchemaName =
  | "WorkPlanCreateInput"
  | "WorkPlanUpdateInput"
  | "WorkPlanApproveInput"
  | "WorkPlanItemAddInput"
  | "WorkPlanItemUpdateInput"
  | "WorkPlanItemRemoveInput"
  | "WorkPlanReorderInput"
  | "WorkPlanLinkInput"
  | "WorkPlanDraftNextInput";

export function checkAndSend<T>(
  schema: SchemaName,
  url: string,
  method: "POST" | "PATCH" | "PUT" | "DELETE",
  body: unknown,
): Promise<SendResult<T>> {
  return send<T>(() => import("@/lib/work-plans/schema").then((m) => m[schema]), url, method, body);
}
