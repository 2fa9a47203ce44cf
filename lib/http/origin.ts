import { AppError } from "@/lib/http/errors";
import { log } from "@/lib/log/logger";

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export const CROSS_SITE_MESSAGE = "拒绝跨站请求：请从本系统的页面提交";
export const CONTENT_TYPE_MESSAGE = "请求的内容类型不被接受";

export type BodyKind = "json" | "multipart" | "form";

const MEDIA: Record<BodyKind, string> = {
  json: "application/json",
  multipart: "multipart/form-data",
  form: "application/x-www-form-urlencoded",
};

export const isMutating = (method: string) => MUTATING.has(method.toUpperCase());

/** The host names this request may come from: the host the browser asked for (as the proxy reports it). */
function ownHosts(req: Request): Set<string> {
  const hosts = new Set<string>();
  const forwarded = req.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  if (forwarded) hosts.add(forwarded.toLowerCase());
  const host = req.headers.get("host");
  if (host) hosts.add(host.toLowerCase());
  if (!forwarded && !host) hosts.add(new URL(req.url).host.toLowerCase());
  return hosts;
}

function sameOrigin(req: Request): boolean {
  const origin = req.headers.get("origin");
  if (origin && origin !== "null") {
    try {
      return ownHosts(req).has(new URL(origin).host.toLowerCase());
    } catch {
      return false;
    }
  }
  // No Origin (or an opaque one): only the browser's own fetch-metadata may vouch for the request.
  return !origin && req.headers.get("sec-fetch-site") === "same-origin";
}

function hasBody(req: Request): boolean {
  const length = req.headers.get("content-length");
  // HTTP/1.1: without Content-Length or Transfer-Encoding a request has no body.
  return (length !== null && length.trim() !== "0") || req.headers.has("transfer-encoding");
}

function contentTypeAllowed(req: Request, accepted: readonly BodyKind[]): boolean {
  const type = req.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  // A request without a body (e.g. DELETE) needs no content type; a body always declares one.
  if (!type) return !hasBody(req);
  return accepted.some((kind) => MEDIA[kind] === type);
}

/**
 * Cross-site request forgery guard for every mutating request: a same-origin `Origin` header (or,
 * without one, `Sec-Fetch-Site: same-origin`) and the content type the route declared. A cross-site
 * form or `text/plain` fetch carrying the session cookie is refused with 403 before anything runs.
 */
export function assertSameSiteWrite(req: Request, accepted: readonly BodyKind[] = ["json"]): void {
  if (!isMutating(req.method)) return;
  const path = new URL(req.url).pathname;
  if (!sameOrigin(req)) {
    log.warn("cross-site write refused", { path, origin: req.headers.get("origin") });
    throw new AppError("FORBIDDEN", CROSS_SITE_MESSAGE);
  }
  if (!contentTypeAllowed(req, accepted)) {
    log.warn("write with an undeclared content type refused", { path, type: req.headers.get("content-type") });
    throw new AppError("FORBIDDEN", CONTENT_TYPE_MESSAGE);
  }
}
