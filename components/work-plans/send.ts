// Client side: check a body with the server's schema (loaded on submit, not with the page) and send it.
import { apiSend, type ApiError } from "@/components/ui/api";

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

export type SendResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export async function checkAndSend<T>(
  schema: SchemaName,
  url: string,
  method: "POST" | "PATCH" | "PUT" | "DELETE",
  body: unknown,
): Promise<SendResult<T>> {
  const [schemas, { zodFields }] = await Promise.all([
    import("@/lib/work-plans/schema"),
    import("@/lib/http/validation"),
  ]);
  const s = schemas[schema];
  const parsed = s.safeParse(body);
  if (!parsed.success) {
    const fields = zodFields(parsed.error, s, body);
    return { ok: false, error: { code: "VALIDATION", message: Object.values(fields)[0] ?? "输入有误", fields } };
  }
  return apiSend<T>(url, method, body);
}
