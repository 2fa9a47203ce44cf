// Client-side JSON calls to /api/v1 with the shared error shape.
export interface ApiError {
  code: string;
  message: string;
  fields?: Record<string, string>;
}

/** A password the office set must be changed first: the API says so and the browser goes there. */
function followPasswordChange(error: ApiError | undefined) {
  if (error?.code === "PASSWORD_CHANGE_REQUIRED" && typeof window !== "undefined")
    window.location.assign(new URL("/account/password", window.location.origin)); // a full load: the layout re-reads the session
}

export async function apiSend<T>(
  url: string,
  method: "POST" | "PATCH" | "PUT" | "DELETE",
  body?: unknown,
): Promise<{ ok: true; data: T } | { ok: false; error: ApiError }> {
  try {
    const res = await fetch(url, {
      method,
      headers: { "Content-Type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = await res.json().catch(() => null);
    if (res.ok) return { ok: true, data: data as T };
    followPasswordChange(data?.error);
    return { ok: false, error: data?.error ?? { code: "INTERNAL", message: "服务器错误，请稍后再试" } };
  } catch {
    return { ok: false, error: { code: "NETWORK", message: "网络连接失败，请检查网络后重试" } };
  }
}

/**
 * Like `apiSend`, with files: multipart, the JSON in `payload` and each file under `field`
 * (the suggestion routes take a step and its attachments in one request). No files: plain JSON.
 */
export async function apiSendWithFiles<T>(
  url: string,
  method: "POST" | "PATCH" | "PUT",
  body: unknown,
  files: File[],
  field = "attachments",
): Promise<{ ok: true; data: T } | { ok: false; error: ApiError }> {
  if (!files.length) return apiSend<T>(url, method, body);
  const form = new FormData();
  form.append("payload", JSON.stringify(body));
  for (const file of files) form.append(field, file);
  try {
    const res = await fetch(url, { method, body: form });
    const data = await res.json().catch(() => null);
    if (res.ok) return { ok: true, data: data as T };
    followPasswordChange(data?.error);
    if (res.status === 413 && !data?.error)
      return {
        ok: false,
        error: {
          code: "PAYLOAD_TOO_LARGE",
          message: "附件过大，请压缩或拆分后再上传",
          fields: { [field]: "附件：过大" },
        },
      };
    return { ok: false, error: data?.error ?? { code: "INTERNAL", message: "服务器错误，请稍后再试" } };
  } catch {
    return { ok: false, error: { code: "NETWORK", message: "网络连接失败，请检查网络后重试" } };
  }
}
