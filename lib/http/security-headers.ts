/**
 * Security headers (proxy.ts applies them per request). Scripts: only this origin's files and
 * inline scripts carrying this response's nonce (Next.js adds it to its own inline scripts when the
 * request carries the policy). Styles allow inline `style` attributes (React sets a few), which
 * cannot carry a nonce. Nothing may frame the app.
 */
export function contentSecurityPolicy(nonce: string, dev = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The browser features the app never uses, switched off. */
export const PERMISSIONS_POLICY =
  "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()";

export const HSTS = "max-age=31536000; includeSubDomains";

/** Served over HTTPS, directly or behind a proxy that terminated TLS. */
export function isHttps(url: string, headers: Headers): boolean {
  const forwarded = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return forwarded ? forwarded === "https" : new URL(url).protocol === "https:";
}

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
