// Client-side JSON calls to /api/v1 with the shared error shape.
export interface ApiError {
  code: string;
  message: string;
  fields?: Record<string, string>;
}

export async function apiSend<T>(url: string, method: "POST" | "PATCH" | "PUT" | "DELETE", body?: unknown): Promise<{ ok: true; data: T } | { ok: false; error: ApiError }> {
  try {
    const res = await fetch(url, { method, headers: { "Content-Type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
    const data = await res.json().catch(() => null);
    if (res.ok) return { ok: true, data: data as T };
    return { ok: false, error: data?.error ?? { code: "INTERNAL", message: "服务器错误，请稍后再试" } };
  } catch {
    return { ok: false, error: { code: "NETWORK", message: "网络连接失败，请检查网络后重试" } };
  }
}
