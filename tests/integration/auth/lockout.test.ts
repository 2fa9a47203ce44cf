// Lockout cannot be used as a weapon: a client address is limited whatever names it tries, the
// office can lift an account's lock and a reset lifts it; refused requests cannot flood the audit
// table; a password the office set must be changed before anything else.
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { authenticate, lockedUntil } from "@/lib/auth/login";
import { AUDIT_THROTTLE_MS } from "@/lib/audit/throttle";
import { POST as unlockRoute } from "@/app/api/v1/users/[id]/unlock/route";
import { POST as resetRoute } from "@/app/api/v1/users/[id]/reset-password/route";
import { POST as changeOwnPassword } from "@/app/api/v1/me/password/route";
import { GET as listUnits } from "@/app/api/v1/units/route";
import { GET as listUsers } from "@/app/api/v1/users/route";
import {
  createTownship,
  createUser,
  params,
  request,
  signIn,
  TEST_PASSWORD,
  townshipWithRoles,
} from "@/tests/factories";

const WRONG = "wrong-password-1";

describe("sign-in limits", () => {
  it("limits one client address to 20 failures in 15 minutes, whichever names it tries; other addresses are unaffected", async () => {
    const t = await createTownship();
    await createUser(t.id, "OFFICE", { username: "real.clerk" });
    for (let i = 0; i < 20; i++) {
      expect(await authenticate({ username: `guess${i}`, password: WRONG, ip: "203.0.113.9" })).toEqual({
        ok: false,
        code: i === 19 ? "LOCKED" : "INVALID",
        ...(i === 19 ? { lockedUntil: expect.any(Date) } : {}),
      });
    }
    // The right password for a real account, from that address: refused, exactly as for an unknown name.
    const known = await authenticate({ username: "real.clerk", password: TEST_PASSWORD, ip: "203.0.113.9" });
    const unknown = await authenticate({ username: "nobody.here", password: TEST_PASSWORD, ip: "203.0.113.9" });
    expect(known).toMatchObject({ ok: false, code: "LOCKED" });
    expect(Object.keys(unknown)).toEqual(Object.keys(known));
    expect(unknown).toMatchObject({ ok: false, code: "LOCKED" });
    // Not the account's lock: from elsewhere it signs in.
    expect((await authenticate({ username: "real.clerk", password: TEST_PASSWORD, ip: "198.51.100.7" })).ok).toBe(true);
  });

  it("answers known and unknown names alike while counting towards the address limit", async () => {
    const t = await createTownship();
    await createUser(t.id, "OFFICE", { username: "exists" });
    const a = await authenticate({ username: "exists", password: WRONG, ip: "192.0.2.1" });
    const b = await authenticate({ username: "does.not.exist", password: WRONG, ip: "192.0.2.1" });
    expect(a).toEqual({ ok: false, code: "INVALID" });
    expect(b).toEqual(a);
  });

  it("the office unlocks an account (audited); other roles may not; another township's account is 404", async () => {
    const { township, users, sessions } = await townshipWithRoles();
    const victim = users.CHAIR;
    for (let i = 0; i < 5; i++) await authenticate({ username: victim.username, password: WRONG, ip: "10.1.1.1" });
    expect(await lockedUntil(victim.username)).toBeInstanceOf(Date);

    const unlock = (cookie: string, id = victim.id) =>
      unlockRoute(request(`/api/v1/users/${id}/unlock`, { method: "POST", cookie }), params({ id }));
    for (const role of ["CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const)
      expect((await unlock(sessions[role].cookie)).status, role).toBe(403);
    expect(await lockedUntil(victim.username)).toBeInstanceOf(Date);

    const res = await unlock(sessions.OFFICE.cookie);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ wasLocked: true });
    expect(await lockedUntil(victim.username)).toBeNull();
    expect((await authenticate({ username: victim.username, password: TEST_PASSWORD })).ok).toBe(true);
    const audit = await db.auditLog.findMany({ where: { action: "user.unlocked" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ townshipId: township.id, userId: users.OFFICE.id, recordId: victim.id });

    const other = await createUser((await createTownship("别镇")).id, "OFFICE");
    expect((await unlock(sessions.OFFICE.cookie, other.id)).status).toBe(404);
  });

  it("an office password reset lifts the lock", async () => {
    const { users, sessions } = await townshipWithRoles();
    const victim = users.UNIT;
    for (let i = 0; i < 5; i++) await authenticate({ username: victim.username, password: WRONG });
    expect(await authenticate({ username: victim.username, password: TEST_PASSWORD })).toMatchObject({
      code: "LOCKED",
    });
    const res = await resetRoute(
      request(`/api/v1/users/${victim.id}/reset-password`, {
        method: "POST",
        cookie: sessions.OFFICE.cookie,
        body: { newPassword: "Fresh-Start-2026" },
      }),
      params({ id: victim.id }),
    );
    expect(res.status).toBe(200);
    expect((await authenticate({ username: victim.username, password: "Fresh-Start-2026" })).ok).toBe(true);
  });
});

describe("denial audits", () => {
  it("fifty identical refusals write one row a minute; the next row counts the ones in between", async () => {
    const { sessions } = await townshipWithRoles();
    const denied = () => listUsers(request("/api/v1/users", { cookie: sessions.DEPUTY.cookie }));
    for (let i = 0; i < 50; i++) expect((await denied()).status).toBe(403);
    expect(await db.auditLog.count({ where: { action: "auth.denied" } })).toBe(1);

    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(Date.now() + AUDIT_THROTTLE_MS + 1000);
      expect((await denied()).status).toBe(403);
    } finally {
      vi.useRealTimers();
    }
    const rows = await db.auditLog.findMany({ where: { action: "auth.denied" }, orderBy: { id: "asc" } });
    expect(rows).toHaveLength(2);
    expect(rows[1].after).toMatchObject({ repeated: 49 });
    // Another actor's refusal is its own row.
    expect((await listUsers(request("/api/v1/users", { cookie: sessions.UNIT.cookie }))).status).toBe(403);
    expect(await db.auditLog.count({ where: { action: "auth.denied" } })).toBe(3);
  });

  it("sign-ins refused while locked write one row a minute per name and address", async () => {
    for (let i = 0; i < 5; i++) await authenticate({ username: "target", password: WRONG, ip: "10.9.9.9" });
    for (let i = 0; i < 30; i++) await authenticate({ username: "target", password: WRONG, ip: "10.9.9.9" });
    expect(await db.auditLog.count({ where: { action: "auth.sign_in_locked" } })).toBe(1);
  });
});

describe("a password the office set", () => {
  it("must be changed before any other API call: 403 PASSWORD_CHANGE_REQUIRED, then normal service", async () => {
    const t = await createTownship();
    const user = await createUser(t.id, "OFFICE");
    await db.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
    const { cookie } = await signIn(user);
    const blocked = await listUnits(request("/api/v1/units", { cookie }));
    expect(blocked.status).toBe(403);
    expect((await blocked.json()).error).toMatchObject({
      code: "PASSWORD_CHANGE_REQUIRED",
      message: "您的密码由管理员设置，请先修改密码",
    });
    const changed = await changeOwnPassword(
      request("/api/v1/me/password", {
        method: "POST",
        cookie,
        body: { currentPassword: TEST_PASSWORD, newPassword: "Mine-Now-2026!" },
      }),
      params({}),
    );
    expect(changed.status).toBe(200);
    expect((await listUnits(request("/api/v1/units", { cookie }))).status).toBe(200);
  });
});
