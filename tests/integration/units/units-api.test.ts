import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET as listUnits, POST as createUnit } from "@/app/api/v1/units/route";
import { PATCH as patchUnit } from "@/app/api/v1/units/[id]/route";
import { params, request, townshipWithRoles } from "@/tests/factories";

describe("handling units API", () => {
  it("office creates and edits; chair and presidium read; deputy and unit may not list", async () => {
    const { sessions, unit } = await townshipWithRoles();
    const res = await createUnit(
      request("/api/v1/units", {
        method: "POST",
        cookie: sessions.OFFICE.cookie,
        body: { name: "供电所", kind: "DEPARTMENT_BRANCH", contactName: "周师傅", contactPhone: "0851-1234567" },
      }),
    );
    expect(res.status).toBe(201);
    for (const role of ["CHAIR", "PRESIDIUM"] as const) {
      const list = await listUnits(request("/api/v1/units", { cookie: sessions[role].cookie }));
      expect(list.status, role).toBe(200);
      expect((await list.json()).total).toBe(2);
      expect(
        (
          await createUnit(
            request("/api/v1/units", {
              method: "POST",
              cookie: sessions[role].cookie,
              body: { name: "x", kind: "OTHER" },
            }),
          )
        ).status,
      ).toBe(403);
    }
    for (const role of ["DEPUTY", "UNIT"] as const)
      expect((await listUnits(request("/api/v1/units", { cookie: sessions[role].cookie }))).status, role).toBe(403);
    const edit = await patchUnit(
      request(`/api/v1/units/${unit.id}`, {
        method: "PATCH",
        cookie: sessions.OFFICE.cookie,
        body: { active: false, version: 1 },
      }),
      params({ id: unit.id }),
    );
    expect(edit.status).toBe(200);
    expect(await db.auditLog.count({ where: { action: { in: ["unit.created", "unit.updated"] } } })).toBe(2);
  });

  it("refuses a duplicate name and a bad phone number", async () => {
    const { sessions } = await townshipWithRoles();
    const cookie = sessions.OFFICE.cookie;
    const dup = await createUnit(
      request("/api/v1/units", { method: "POST", cookie, body: { name: "民政办", kind: "GOVERNMENT_OFFICE" } }),
    );
    expect(dup.status).toBe(409);
    expect((await dup.json()).error.fields.name).toBe("单位名称：已有同名承办单位");
    const phone = await createUnit(
      request("/api/v1/units", {
        method: "POST",
        cookie,
        body: { name: "广电站", kind: "STATION", contactPhone: "call me" },
      }),
    );
    expect(phone.status).toBe(400);
    expect((await phone.json()).error.fields.contactPhone).toMatch(/^联系电话：/);
  });
});
