import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { TOWNSHIP_SCOPED_MODELS } from "@/lib/db/township-scope";
import { readSchema } from "@/lib/db/schema-diff";
import { GET as listUsers } from "@/app/api/v1/users/route";
import { GET as getUser, PATCH as patchUser } from "@/app/api/v1/users/[id]/route";
import { POST as resetPassword } from "@/app/api/v1/users/[id]/reset-password/route";
import { GET as listUnits } from "@/app/api/v1/units/route";
import { GET as getUnit, PATCH as patchUnit } from "@/app/api/v1/units/[id]/route";
import { GET as listAudit } from "@/app/api/v1/audit/route";
import { params, request, townshipWithRoles } from "@/tests/factories";

describe("township scoping", () => {
  it("lists every model that has a townshipId column", () => {
    const schema = readSchema();
    const models = [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)]
      .filter((m) => /^\s+townshipId\s/m.test(m[2]))
      .map((m) => m[1]);
    expect(models.sort()).toEqual([...TOWNSHIP_SCOPED_MODELS].sort());
  });

  it("gives a user of township A a 404 for township B's records and never lists them", async () => {
    const a = await townshipWithRoles("甲镇");
    const b = await townshipWithRoles("乙镇");
    const cookie = a.sessions.OFFICE.cookie;
    const bUser = b.users.CHAIR.id;
    expect((await getUser(request(`/api/v1/users/${bUser}`, { cookie }), params({ id: bUser }))).status).toBe(404);
    expect(
      (
        await patchUser(
          request(`/api/v1/users/${bUser}`, { method: "PATCH", cookie, body: { active: false, version: 1 } }),
          params({ id: bUser }),
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await resetPassword(
          request(`/api/v1/users/${bUser}/reset-password`, {
            method: "POST",
            cookie,
            body: { newPassword: "Qingshui-2026!" },
          }),
          params({ id: bUser }),
        )
      ).status,
    ).toBe(404);
    expect((await getUnit(request(`/api/v1/units/${b.unit.id}`, { cookie }), params({ id: b.unit.id }))).status).toBe(
      404,
    );
    expect(
      (
        await patchUnit(
          request(`/api/v1/units/${b.unit.id}`, { method: "PATCH", cookie, body: { name: "改名", version: 1 } }),
          params({ id: b.unit.id }),
        )
      ).status,
    ).toBe(404);
    expect((await db.user.findUniqueOrThrow({ where: { id: bUser } })).active).toBe(true);
    expect((await db.handlingUnit.findUniqueOrThrow({ where: { id: b.unit.id } })).name).toBe("民政办");

    const users = await (await listUsers(request("/api/v1/users?pageSize=100", { cookie }))).json();
    expect(users.total).toBe(5);
    expect(users.items.every((u: { id: string }) => Object.values(a.users).some((x) => x.id === u.id))).toBe(true);
    const units = await (await listUnits(request("/api/v1/units", { cookie }))).json();
    expect(units.items.map((u: { id: string }) => u.id)).toEqual([a.unit.id]);
    // One audited change in each township; A's trail shows only its own.
    await patchUser(
      request(`/api/v1/users/${a.users.CHAIR.id}`, {
        method: "PATCH",
        cookie,
        body: { active: false, version: 1 },
      }),
      params({ id: a.users.CHAIR.id }),
    );
    await patchUser(
      request(`/api/v1/users/${bUser}`, {
        method: "PATCH",
        cookie: b.sessions.OFFICE.cookie,
        body: { active: false, version: 1 },
      }),
      params({ id: bUser }),
    );
    const audit = await (await listAudit(request("/api/v1/audit?pageSize=100", { cookie }))).json();
    expect(audit.items.map((r: { action: string; recordId: string }) => [r.action, r.recordId])).toEqual([
      ["user.updated", a.users.CHAIR.id],
    ]);
    const foreign = await db.auditLog.findMany({ where: { townshipId: b.township.id }, select: { id: true } });
    const foreignIds = new Set(foreign.map((r) => r.id.toString()));
    expect(audit.items.some((r: { id: string }) => foreignIds.has(r.id))).toBe(false);
  });

  it("lets a unit user read only its own unit", async () => {
    const a = await townshipWithRoles();
    const other = await db.handlingUnit.create({
      data: { townshipId: a.township.id, name: "派出所", kind: "DEPARTMENT_BRANCH" },
    });
    const cookie = a.sessions.UNIT.cookie;
    expect((await getUnit(request(`/api/v1/units/${a.unit.id}`, { cookie }), params({ id: a.unit.id }))).status).toBe(
      200,
    );
    expect((await getUnit(request(`/api/v1/units/${other.id}`, { cookie }), params({ id: other.id }))).status).toBe(
      404,
    );
    expect((await listUnits(request("/api/v1/units", { cookie }))).status).toBe(403);
  });
});
