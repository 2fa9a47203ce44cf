import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POST as correctRoute } from "@/app/api/v1/users/[id]/corrections/route";
import { PATCH as patchUser } from "@/app/api/v1/users/[id]/route";
import { userCorrections } from "@/lib/users/corrections";
import { resolveSession } from "@/lib/auth/sessions";
import { params, request, townshipWithRoles } from "@/tests/factories";

const correct = (cookie: string, id: string, body: unknown) =>
  correctRoute(request(`/api/v1/users/${id}/corrections`, { method: "POST", cookie, body }), params({ id }));

describe("correcting an account's name and role", () => {
  it("records the correction with its reason, keeps the original in the history and signs the account out", async () => {
    const t = await townshipWithRoles();
    const res = await correct(t.sessions.OFFICE.cookie, t.users.PRESIDIUM.id, {
      displayName: "赵春梅",
      role: "CHAIR",
      reason: "开户时角色选错，应为副主席",
      version: 1,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ displayName: "赵春梅", role: "CHAIR", version: 2 });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.corrected" } });
    expect(audit).toMatchObject({
      recordType: "User",
      recordId: t.users.PRESIDIUM.id,
      reason: "开户时角色选错，应为副主席",
      before: { displayName: "测试PRESIDIUM", role: "PRESIDIUM" },
      after: { displayName: "赵春梅", role: "CHAIR" },
    });
    const [{ same }] = await db.$queryRaw<{ same: boolean }[]>`
      SELECT (SELECT xmin FROM "AuditLog" WHERE id = ${audit.id}) = (SELECT xmin FROM "User" WHERE id = ${t.users.PRESIDIUM.id}::uuid) AS same`;
    expect(same).toBe(true);
    // A new role: the old session no longer acts with the old one.
    expect(await resolveSession(t.sessions.PRESIDIUM.actor.sessionId)).toBeNull();

    const history = await userCorrections(t.sessions.OFFICE.actor, t.users.PRESIDIUM.id);
    expect(history[0]).toMatchObject({
      reason: "开户时角色选错，应为副主席",
      changes: [
        { field: "displayName", label: "姓名", before: "测试PRESIDIUM", after: "赵春梅" },
        { field: "role", label: "角色", before: "主席团成员", after: "人大主席/副主席" },
      ],
    });
  });

  it("links a unit account to its unit, refuses correcting one's own role, and needs a reason", async () => {
    const t = await townshipWithRoles();
    const cookie = t.sessions.OFFICE.cookie;
    const noUnit = await correct(cookie, t.users.CHAIR.id, {
      displayName: "x",
      role: "UNIT",
      reason: "错",
      version: 1,
    });
    expect(noUnit.status).toBe(400);
    expect((await noUnit.json()).error.fields.unitId).toBe("关联承办单位：承办单位账号必须关联一个承办单位");
    const toUnit = await correct(cookie, t.users.CHAIR.id, {
      displayName: "民政办账号",
      role: "UNIT",
      unitId: t.unit.id,
      reason: "错",
      version: 1,
    });
    expect(toUnit.status).toBe(200);
    expect(await toUnit.json()).toMatchObject({ role: "UNIT", unitId: t.unit.id, deputyId: null });
    const self = await correct(cookie, t.users.OFFICE.id, {
      displayName: "我",
      role: "CHAIR",
      reason: "错",
      version: 1,
    });
    expect(self.status).toBe(400);
    expect((await self.json()).error.fields.role).toBe("角色：不能更正自己的角色");
    const noReason = await correct(cookie, t.users.OFFICE.id, { displayName: "我", role: "OFFICE", version: 1 });
    expect(noReason.status).toBe(400);
    expect(await db.auditLog.count({ where: { action: "user.corrected" } })).toBe(1);
    // The plain edit no longer renames an account.
    const rename = await patchUser(
      request(`/api/v1/users/${t.users.DEPUTY.id}`, {
        method: "PATCH",
        cookie,
        body: { displayName: "改", version: 1 },
      }),
      params({ id: t.users.DEPUTY.id }),
    );
    expect(rename.status).toBe(400);
  });

  it("is the office's alone, in its own township", async () => {
    const t = await townshipWithRoles();
    const body = { displayName: "改名", role: "CHAIR", reason: "错", version: 1 };
    for (const role of ["CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const)
      expect((await correct(t.sessions[role].cookie, t.users.CHAIR.id, body)).status, role).toBe(403);
    const other = await townshipWithRoles("另一镇");
    expect((await correct(other.sessions.OFFICE.cookie, t.users.CHAIR.id, body)).status).toBe(404);
    expect((await db.user.findUniqueOrThrow({ where: { id: t.users.CHAIR.id } })).displayName).toBe("测试CHAIR");
  });
});
