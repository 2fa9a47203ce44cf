import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { GET as listAudit } from "@/app/api/v1/audit/route";
import { POST as createUnit } from "@/app/api/v1/units/route";
import { request, townshipWithRoles } from "@/tests/factories";

describe("audit trail", () => {
  it("is append-only: the database refuses UPDATE and DELETE", async () => {
    const { township } = await townshipWithRoles();
    await recordAudit(
      db,
      { townshipId: township.id, userId: null, username: "system" },
      { action: "demo.seeded", recordType: "Township", recordId: township.id },
    );
    await expect(db.$executeRaw`UPDATE "AuditLog" SET action = 'tampered'`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM "AuditLog"`).rejects.toThrow(/append-only/);
    await expect(db.auditLog.updateMany({ data: { action: "tampered" } })).rejects.toThrow();
    await expect(db.auditLog.deleteMany({})).rejects.toThrow();
    expect(await db.auditLog.count({ where: { action: "demo.seeded" } })).toBe(1);
  });

  it("writes the change and its audit row together: a failed audit write rolls the change back", async () => {
    const { township } = await townshipWithRoles();
    await expect(
      db.$transaction(async (tx) => {
        await tx.handlingUnit.create({ data: { townshipId: township.id, name: "司法所", kind: "STATION" } });
        await recordAudit(
          tx,
          { townshipId: township.id, userId: null, username: "x" },
          { action: "x".repeat(100), recordType: "HandlingUnit" },
        );
      }),
    ).rejects.toThrow();
    expect(await db.handlingUnit.count({ where: { name: "司法所" } })).toBe(0);
  });

  it("lets the office browse it with filters; others may not", async () => {
    const { sessions } = await townshipWithRoles();
    const cookie = sessions.OFFICE.cookie;
    const created = await createUnit(
      request("/api/v1/units", { method: "POST", cookie, body: { name: "财政所", kind: "STATION" } }),
    );
    expect(created.status).toBe(201);
    const all = await (await listAudit(request("/api/v1/audit", { cookie }))).json();
    expect(all.items[0]).toMatchObject({
      action: "unit.created",
      recordType: "HandlingUnit",
      username: sessions.OFFICE.actor.username,
    });
    expect(all.items[0].after).toMatchObject({ name: "财政所" });
    const filtered = await (await listAudit(request("/api/v1/audit?action=user.created", { cookie }))).json();
    expect(filtered.total).toBe(0);
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const byDate = await (
      await listAudit(request(`/api/v1/audit?from=${today}&to=${today}&action=unit.created`, { cookie }))
    ).json();
    expect(byDate.total).toBe(1);
    const badDate = await listAudit(request("/api/v1/audit?from=yesterday", { cookie }));
    expect(badDate.status).toBe(400);
    expect((await badDate.json()).error.fields.from).toMatch(/^开始日期：/);
    expect((await listAudit(request("/api/v1/audit", { cookie: sessions.CHAIR.cookie }))).status).toBe(403);
  });
});
