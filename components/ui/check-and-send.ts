// Client side: check a body with the server's zod schema (loaded on the send, not with the page) and send it.
import { apiSend, type ApiError } from "@/components/ui/api";
import type { SchemaLoader } from "@/components/ui/lazy-resolver";

export type SendResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

/**
 * Checks `body` with the schema `load` fetches (and zod with it) and sends it only when it passes; a failure comes
 * back as the server would answer it (VALIDATION, the fields' Chinese messages, the first as the message).
 */
export async function checkAndSend<T>(
  load: SchemaLoader,
  url: string,
  method: "POST" | "PATCH" | "PUT" | "DELETE",
  body: unknown,
): Promise<SendResult<T>> {
  const [schema, { zodFields }] = await Promise.all([load(), import("@/lib/http/validation")]);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const fields = zodFields(parsed.error, schema, body);
    return { ok: false, error: { code: "VALIDATION", message: Object.values(fields)[0] ?? "输入有误", fields } };
  }
  return apiSend<T>(url, method, body);
}
