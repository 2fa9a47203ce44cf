import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { proxy } from "@/proxy";

const page = (url = "http://localhost/suggestions", headers: Record<string, string> = {}) =>
  proxy(new NextRequest(url, { headers }));

const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];

describe("security headers (proxy.ts)", () => {
  it("pages: a CSP whose scripts need this response's nonce; nothing may frame the app; Permissions-Policy", () => {
    const res = page();
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'(;|$)/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(res.headers.get("permissions-policy")).toContain("camera=()");
    // Next.js reads the policy (and so the nonce) from the request it renders.
    expect(res.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(res.headers.get("x-middleware-request-x-nonce")).toBe(nonceOf(csp));
  });

  it("a fresh nonce for every request", () => {
    const nonces = new Set(Array.from({ length: 20 }, () => nonceOf(page().headers.get("content-security-policy")!)));
    expect(nonces.size).toBe(20);
  });

  it("HSTS only over HTTPS (directly or as the proxy in front reports it)", () => {
    expect(page().headers.get("strict-transport-security")).toBeNull();
    expect(page("https://rd.example/").headers.get("strict-transport-security")).toMatch(/max-age=\d{7,}/);
    expect(
      page("http://127.0.0.1:3000/", { "x-forwarded-proto": "https" }).headers.get("strict-transport-security"),
    ).toMatch(/max-age=/);
    expect(
      page("https://rd.example/", { "x-forwarded-proto": "http" }).headers.get("strict-transport-security"),
    ).toBeNull();
  });

  it("the page's path for the forced password change comes from the proxy only", () => {
    const res = page("http://localhost/users", { "x-pathname": "/account/password" });
    expect(res.headers.get("x-middleware-request-x-pathname")).toBe("/users");
  });

  it("API answers: no nonce, but never framed", () => {
    const res = page("http://localhost/api/v1/units");
    expect(res.headers.get("content-security-policy")).toBe("frame-ancestors 'none'");
    expect(res.headers.get("permissions-policy")).toBeTruthy();
  });
});
