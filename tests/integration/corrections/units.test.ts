import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POST as correct } from "@/app/api/v1/units/[id]/corrections/route";
import { PATCH as patchUnit } from "@/app/api/v1/units/[id]/route";
import { unitCorrections } from "@/lib/units/corrections";
import { params, request, townshipWithRoles } from "@/tests/factories";

const post = (cookie: string, id: string, body: unknown) =>
  correct(request(`/api/v1/units/${id}/corrections`, { method: "POST", cookie, body }), params({ id }));

/** The transaction that last wrote a row: equal for two rows only when one transaction wrote both. */
async function writtenBy(table: "HandlingUnit" | "AuditLog", id: string | bigint) {
  const rows = await db.$queryRawUnsafe<{ xmin: string }[]>(`SELECT xmin::text FROM "${table}" WHERE id = $1`, id);
  return rows[0].xmin;
}

describe("correcting a unit's contact person and phone", () => {
  it("applies the correction as a new audited event with its reason, keeping the original in the history", async () => {
    const t = await townshipWithRoles();
    await db.handlingUnit.update({
      where: { id: t.unit.id },
      data: { contactName: "王主任", contactPhone: "0851-1111111" },
    });
    const res = await post(t.sessions.OFFICE.cookie, t.unit.id, {
      contactName: "王主任",
      contactPhone: "0851-2222222",
      reason: "登记时电话号码抄错",
      version: 1,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ contactName: "王主任", contactPhone: "0851-2222222", version: 2 });

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "unit.corrected", recordId: t.unit.id } });
    // Only the corrected field, before and after; the unchanged contact name is left out.
    expect(audit).toMatchObject({
      recordType: "HandlingUnit",
      userId: t.users.OFFICE.id,
      reason: "登记时电话号码抄错",
      before: { contactPhone: "0851-1111111" },
      after: { contactPhone: "0851-2222222" },
    });
    expect(await writtenBy("AuditLog", audit.id)).toBe(await writtenBy("HandlingUnit", t.unit.id));

    const history = await unitCorrections(t.sessions.OFFICE.actor, t.unit.id);
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      by: "测试OFFICE",
      action: "更正承办单位联系人或电话",
      reason: "登记时电话号码抄错",
      changes: [{ field: "contactPhone", label: "联系电话", before: "0851-1111111", after: "0851-2222222" }],
    });
  });

  it("requires a reason and a change, and refuses a stale version", async () => {
    const t = await townshipWithRoles();
    const cookie = t.sessions.OFFICE.cookie;
    const noReason = await post(cookie, t.unit.id, { contactName: "李", contactPhone: "", version: 1 });
    expect(noReason.status).toBe(400);
    expect((await noReason.json()).error.fields.reason).toBe("更正原因：请填写更正原因");
    const blank = await post(cookie, t.unit.id, { contactName: "李", contactPhone: "", reason: "  ", version: 1 });
    expect(blank.status).toBe(400);
    const nothing = await post(cookie, t.unit.id, { contactName: "", contactPhone: "", reason: "核对", version: 1 });
    expect(nothing.status).toBe(400);
    expect((await nothing.json()).error.message).toBe("没有需要更正的内容");
    const stale = await post(cookie, t.unit.id, { contactName: "李", contactPhone: "", reason: "核对", version: 9 });
    expect(stale.status).toBe(409);
    expect(await db.auditLog.count({ where: { action: "unit.corrected" } })).toBe(0);
    expect((await db.handlingUnit.findUniqueOrThrow({ where: { id: t.unit.id } })).contactName).toBeNull();
  });

  it("is the office's alone: other roles are refused, another township's unit is not found", async () => {
    const t = await townshipWithRoles();
    const body = { contactName: "李", contactPhone: "13800000000", reason: "更正", version: 1 };
    for (const role of ["CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const)
      expect((await post(t.sessions[role].cookie, t.unit.id, body)).status, role).toBe(403);
    const other = await townshipWithRoles("另一镇");
    expect((await post(other.sessions.OFFICE.cookie, t.unit.id, body)).status).toBe(404);
    expect(await db.auditLog.count({ where: { action: "unit.corrected" } })).toBe(0);
  });

  it("no longer overwrites the contact fields through the plain edit", async () => {
    const t = await townshipWithRoles();
    const res = await patchUnit(
      request(`/api/v1/units/${t.unit.id}`, {
        method: "PATCH",
        cookie: t.sessions.OFFICE.cookie,
        body: { contactPhone: "13800000000", version: 1 },
      }),
      params({ id: t.unit.id }),
    );
    expect(res.status).toBe(400);
    expect((await db.handlingUnit.findUniqueOrThrow({ where: { id: t.unit.id } })).contactPhone).toBeNull();
  });
});
