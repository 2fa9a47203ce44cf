import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { authenticate, lockedUntil } from "@/lib/auth/login";
import { resolveSession } from "@/lib/auth/sessions";
import { createTownship, createUser, TEST_PASSWORD } from "@/tests/factories";

async function fail(username: string, times: number) {
  for (let i = 0; i < times; i++) await authenticate({ username, password: "wrong-password-1" });
}

describe("sign-in", () => {
  it("accepts the right password, starts a server-side session and audits it", async () => {
    const t = await createTownship();
    const user = await createUser(t.id, "OFFICE", { username: "clerk" });
    const result = await authenticate({ username: " Clerk ", password: TEST_PASSWORD, ip: "10.0.0.1" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.userId).toBe(user.id);
    const actor = await resolveSession(result.sessionId);
    expect(actor).toMatchObject({ userId: user.id, townshipId: t.id, role: "OFFICE" });
    const audit = await db.auditLog.findMany({ where: { action: "auth.signed_in" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ userId: user.id, townshipId: t.id, ip: "10.0.0.1" });
  });

  it("answers a wrong password, an unknown user and a disabled account the same way", async () => {
    const t = await createTownship();
    await createUser(t.id, "OFFICE", { username: "known" });
    await createUser(t.id, "OFFICE", { username: "off", active: false });
    const wrong = await authenticate({ username: "known", password: "not-it-123" });
    const unknown = await authenticate({ username: "nobody", password: "not-it-123" });
    const disabled = await authenticate({ username: "off", password: TEST_PASSWORD });
    expect(wrong).toEqual({ ok: false, code: "INVALID" });
    expect(unknown).toEqual(wrong);
    expect(disabled).toEqual(wrong);
    expect(await db.auditLog.count({ where: { action: "auth.sign_in_failed" } })).toBe(3);
  });

  it("locks after five failures within 15 minutes, even with the right password, and for unknown names too", async () => {
    const t = await createTownship();
    await createUser(t.id, "OFFICE", { username: "victim" });
    await fail("victim", 4);
    expect(await lockedUntil("victim")).toBeNull();
    await fail("victim", 1);
    expect(await lockedUntil("victim")).toBeInstanceOf(Date);
    const right = await authenticate({ username: "victim", password: TEST_PASSWORD });
    expect(right).toMatchObject({ ok: false, code: "LOCKED" });
    await fail("ghost", 5);
    expect(await authenticate({ username: "ghost", password: "x-password-1" })).toMatchObject({
      ok: false,
      code: "LOCKED",
    });
    expect(await db.auditLog.count({ where: { action: "auth.sign_in_locked" } })).toBe(2);
  });

  it("unlocks 15 minutes after the last failure, and failures spread over more than 15 minutes do not lock", async () => {
    const t = await createTownship();
    await createUser(t.id, "OFFICE", { username: "later" });
    await fail("later", 5);
    const now = Date.now();
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(now + 16 * 60_000);
      expect(await lockedUntil("later")).toBeNull();
      expect((await authenticate({ username: "later", password: TEST_PASSWORD })).ok).toBe(true);
    } finally {
      vi.useRealTimers();
    }
    const old = new Date(now - 20 * 60_000);
    await db.loginAttempt.createMany({
      data: Array.from({ length: 4 }, () => ({ username: "spread", succeeded: false, createdAt: old })),
    });
    await fail("spread", 1);
    expect(await lockedUntil("spread")).toBeNull();
  });

  it("a success resets the failure count", async () => {
    const t = await createTownship();
    await createUser(t.id, "OFFICE", { username: "forgetful" });
    await fail("forgetful", 4);
    expect((await authenticate({ username: "forgetful", password: TEST_PASSWORD })).ok).toBe(true);
    await fail("forgetful", 4);
    expect(await lockedUntil("forgetful")).toBeNull();
  });

  it("honours the lockout settings", async () => {
    const t = await createTownship();
    await createUser(t.id, "OFFICE", { username: "strict" });
    await db.setting.create({ data: { key: "auth.lockoutThreshold", value: 3 } });
    const { clearSettingsCache } = await import("@/lib/settings");
    clearSettingsCache();
    await fail("strict", 3);
    expect(await lockedUntil("strict")).toBeInstanceOf(Date);
  });

  it("never writes the password to the log", async () => {
    const t = await createTownship();
    await createUser(t.id, "OFFICE", { username: "logcheck" });
    const written: string[] = [];
    const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => (written.push(String(chunk)), true));
    const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (written.push(String(chunk)), true));
    const previous = process.env.LOG_LEVEL;
    process.env.LOG_LEVEL = "debug";
    try {
      await authenticate({ username: "logcheck", password: "Sup3r-Secret-Value" });
      await authenticate({ username: "logcheck", password: TEST_PASSWORD });
    } finally {
      process.env.LOG_LEVEL = previous;
      out.mockRestore();
      err.mockRestore();
    }
    expect(written.join("")).toContain("logcheck");
    expect(written.join("")).not.toContain("Sup3r-Secret-Value");
    expect(written.join("")).not.toContain(TEST_PASSWORD);
    const audit = JSON.stringify(
      await db.auditLog.findMany({ select: { action: true, before: true, after: true, username: true } }),
    );
    expect(audit).not.toContain("Sup3r-Secret-Value");
  });
});
