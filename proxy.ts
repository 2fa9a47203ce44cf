import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, HSTS, isHttps, newNonce, PERMISSIONS_POLICY } from "@/lib/http/security-headers";

/**
 * Per request: a fresh CSP nonce for pages (Next.js reads the policy from the request headers and
 * puts the nonce on its inline scripts; every page renders dynamically), the page's path for the
 * forced password change (lib/auth/password-change.ts), HSTS over HTTPS, Permissions-Policy.
 * API answers get `frame-ancestors 'none'` only (files are served inline from there).
 */
export function proxy(request: NextRequest) {
  const isApi = request.nextUrl.pathname.startsWith("/api/");
  const nonce = newNonce();
  const csp = isApi ? "frame-ancestors 'none'" : contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.delete("x-pathname"); // only this proxy says which page is asked for
  if (!isApi) {
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", csp);
    requestHeaders.set("x-pathname", request.nextUrl.pathname);
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("Permissions-Policy", PERMISSIONS_POLICY);
  if (isHttps(request.url, request.headers)) response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  // Not for build assets (immutable files, no HTML), nor the API: Next.js buffers the body of every
  // request a proxy sees and cuts it at 10 MB, which broke uploads over 10 MB and held each upload
  // in memory (lib/files/upload.ts streams them). API answers get their headers in next.config.ts.
  matcher: [{ source: "/((?!api/|_next/static|_next/image|favicon.ico).*)" }],
};
