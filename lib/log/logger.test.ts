import { describe, it, expect } from "vitest";
import { redact } from "@/lib/log/logger";

const R = "[redacted]";

describe("redact", () => {
  it.each([
    "password",
    "passwordHash",
    "token",
    "cookie",
    "secret",
    "newPassword",
    "currentPassword",
    "sessionToken",
    "authorization",
    "AUTH_SECRET",
    "Cookie",
  ])("redacts the key %s", (key) => {
    expect(redact({ [key]: "s3cr3t", keep: "ok" })).toEqual({ [key]: R, keep: "ok" });
  });

  it("redacts a secret key whatever its value type", () => {
    expect(redact({ token: { a: 1 }, password: ["x"], secret: 42, cookie: null })).toEqual({
      token: R,
      password: R,
      secret: R,
      cookie: R,
    });
  });

  it("redacts nested keys and keeps the rest", () => {
    const input = {
      user: { username: "zhangsan", displayName: "张三", passwordHash: "$argon2id$..." },
      requestId: "r1",
    };
    expect(redact(input)).toEqual({
      user: { username: "zhangsan", displayName: "张三", passwordHash: R },
      requestId: "r1",
    });
  });

  it("redacts inside arrays", () => {
    const input = { rows: [{ id: 1, password: "a" }, { id: 2, token: "b" }, "plain", 3] };
    expect(redact(input)).toEqual({ rows: [{ id: 1, password: R }, { id: 2, token: R }, "plain", 3] });
  });

  it("keeps primitives, null and non-secret keys as they are", () => {
    expect(redact("password")).toBe("password");
    expect(redact(42)).toBe(42);
    expect(redact(null)).toBeNull();
    expect(redact(undefined)).toBeUndefined();
    expect(redact({ username: "zhangsan", role: "OFFICE", count: 3, active: false })).toEqual({
      username: "zhangsan",
      role: "OFFICE",
      count: 3,
      active: false,
    });
  });

  it("does not mutate its input", () => {
    const input = { body: { password: "p" } };
    redact(input);
    expect(input.body.password).toBe("p");
  });

  it("turns an Error into name, message and stack", () => {
    const out = redact({ error: new TypeError("boom") }) as { error: Record<string, unknown> };
    expect(out.error.name).toBe("TypeError");
    expect(out.error.message).toBe("boom");
    expect(typeof out.error.stack).toBe("string");
  });

  it("redacts a secret nested six objects deep", () => {
    const input = { a: { b: { c: { d: { e: { f: { password: "p" } } } } } } };
    expect(JSON.stringify(redact(input))).not.toContain('"p"');
  });

  // Regression: deep values used to be passed on uninspected.
  it("redacts a secret nested deeper than the depth limit", () => {
    const input = { a: { b: { c: { d: { e: { f: { g: { password: "p" } } } } } } } };
    expect(JSON.stringify(redact(input))).not.toContain('"p"');
  });
});
