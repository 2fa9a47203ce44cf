import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { resolveSession, revokeSession, revokeUserSessions } from "@/lib/auth/sessions";
import { GET as listUsers } from "@/app/api/v1/users/route";
import { PATCH as patchUser } from "@/app/api/v1/users/[id]/route";
import { POST as resetPassword } from "@/app/api/v1/users/[id]/reset-password/route";
import { POST as changePassword } from "@/app/api/v1/me/password/route";
import { createTownship, createUser, params, request, signIn, TEST_PASSWORD } from "@/tests/factories";

describe("sessions end on the server", () => {
  it("a revocation here counts at once; one written by another process within five seconds", async () => {
    const t = await createTownship();
    const user = await createUser(t.id, "OFFICE");
    const { actor } = await signIn(user);
    const now = Date.now();
    expect(await resolveSession(actor.sessionId, new Date(now))).not.toBeNull();
    await revokeSession(actor.sessionId);
    expect(await resolveSession(actor.sessionId, new Date(now + 1))).toBeNull();

    const other = (await signIn(user)).actor;
    expect(await resolveSession(other.sessionId, new Date(now))).not.toBeNull();
    // Another process revokes it: this one still has it from the last check for a few seconds.
    await db.userSession.update({ where: { id: other.sessionId }, data: { revokedAt: new Date() } });
    expect(await resolveSession(other.sessionId, new Date(now + 1000))).not.toBeNull();
    expect(await resolveSession(other.sessionId, new Date(now + 5000))).toBeNull();
  });

  it("a request read while a password change is not yet committed does not keep the old account row", async () => {
    const t = await createTownship();
    const user = await createUser(t.id, "UNIT");
    await db.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
    const { actor } = await signIn(user);
    expect((await resolveSession(actor.sessionId))?.mustChangePassword).toBe(true);
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    let inTx = () => {};
    const started = new Promise<void>((r) => (inTx = r));
    const change = db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { mustChangePassword: false } });
      await revokeUserSessions(tx, user.id, actor.sessionId);
      inTx();
      await held;
    });
    await started;
    // A request of the same session between the change and its commit reads the old row…
    expect((await resolveSession(actor.sessionId))?.mustChangePassword).toBe(true);
    release();
    await change;
    // …and the next request, right after the commit, reads the new one (not a kept copy of the old).
    expect((await resolveSession(actor.sessionId))?.mustChangePassword).toBe(false);
  });

  it("ends after 30 minutes idle and after 12 hours in all", async () => {
    const t = await createTownship();
    const user = await createUser(t.id, "OFFICE");
    const { actor } = await signIn(user);
    const start = Date.now();
    expect(await resolveSession(actor.sessionId, new Date(start + 29 * 60_000))).not.toBeNull();
    expect(await resolveSession(actor.sessionId, new Date(start + 31 * 60_000 + 29 * 60_000))).toBeNull();

    const second = await signIn(user);
    // active every 20 minutes: the idle limit never trips, the 12-hour limit does
    let at = start;
    for (let i = 0; i < 35; i++) {
      at += 20 * 60_000;
      const alive = await resolveSession(second.actor.sessionId, new Date(at));
      if (at - start <= 12 * 3_600_000) expect(alive, `at ${(at - start) / 60_000} min`).not.toBeNull();
      else {
        expect(alive).toBeNull();
        break;
      }
    }
  });

  it("logging out ends the session", async () => {
    const t = await createTownship();
    const office = await createUser(t.id, "OFFICE");
    const s = await signIn(office);
    expect((await listUsers(request("/api/v1/users", { cookie: s.cookie }))).status).toBe(200);
    await revokeSession(s.actor.sessionId);
    expect((await listUsers(request("/api/v1/users", { cookie: s.cookie }))).status).toBe(401);
  });

  it("disabling an account ends its sessions at once", async () => {
    const t = await createTownship();
    const office = await createUser(t.id, "OFFICE");
    const clerk = await createUser(t.id, "OFFICE");
    const admin = await signIn(office);
    const victim = await signIn(clerk);
    const res = await patchUser(
      request(`/api/v1/users/${clerk.id}`, {
        method: "PATCH",
        cookie: admin.cookie,
        body: { active: false, version: 1 },
      }),
      params({ id: clerk.id }),
    );
    expect(res.status).toBe(200);
    expect((await listUsers(request("/api/v1/users", { cookie: victim.cookie }))).status).toBe(401);
  });

  it("a password reset ends the account's sessions; changing one's own keeps only the current one", async () => {
    const t = await createTownship();
    const office = await createUser(t.id, "OFFICE");
    const clerk = await createUser(t.id, "OFFICE");
    const admin = await signIn(office);
    const phone = await signIn(clerk);
    const res = await resetPassword(
      request(`/api/v1/users/${clerk.id}/reset-password`, {
        method: "POST",
        cookie: admin.cookie,
        body: { newPassword: "Fresh-Start-42" },
      }),
      params({ id: clerk.id }),
    );
    expect(res.status).toBe(200);
    expect(await resolveSession(phone.actor.sessionId)).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: clerk.id } })).mustChangePassword).toBe(true);

    const desk = await signIn(office);
    const laptop = await signIn(office);
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const change = await changePassword(
      request("/api/v1/me/password", {
        method: "POST",
        cookie: desk.cookie,
        body: { currentPassword: TEST_PASSWORD, newPassword: "Another-Pass-77" },
      }),
    );
    vi.restoreAllMocks();
    expect(change.status).toBe(200);
    expect(await resolveSession(desk.actor.sessionId)).not.toBeNull();
    expect(await resolveSession(laptop.actor.sessionId)).toBeNull();
    expect(await db.auditLog.count({ where: { action: "user.password_changed", userId: office.id } })).toBe(1);
  });

  it("refuses a wrong current password and a common new one with Chinese field messages", async () => {
    const t = await createTownship();
    const user = await createUser(t.id, "DEPUTY");
    const s = await signIn(user);
    const wrong = await changePassword(
      request("/api/v1/me/password", {
        method: "POST",
        cookie: s.cookie,
        body: { currentPassword: "nope-nope", newPassword: "Another-Pass-77" },
      }),
    );
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).error.fields.currentPassword).toBe("当前密码：不正确");
    const common = await changePassword(
      request("/api/v1/me/password", {
        method: "POST",
        cookie: s.cookie,
        body: { currentPassword: TEST_PASSWORD, newPassword: "12345678" },
      }),
    );
    expect(common.status).toBe(400);
    expect((await common.json()).error.fields.newPassword).toMatch(/^新密码：.*常见/);
  });
});
