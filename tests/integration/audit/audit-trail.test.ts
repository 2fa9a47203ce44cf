import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import type { AuditAction } from "@/lib/audit/actions";
import { GET as listAudit } from "@/app/api/v1/audit/route";
import { POST as createUnit } from "@/app/api/v1/units/route";
import { request, townshipWithRoles } from "@/tests/factories";

describe("audit trail", () => {
  it("is append-only: the database refuses UPDATE and DELETE", async () => {
    const { township } = await townshipWithRoles();
    await recordAudit(
      db,
      { townshipId: township.id, userId: null, username: "system", requestId: null, ip: null },
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
          { townshipId: township.id, userId: null, username: "x", requestId: null, ip: null },
          { action: "x".repeat(100) as AuditAction, recordType: "HandlingUnit" },
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

  it("carries the request's id and the socket's address, never a forged X-Forwarded-For, on rows written in a request", async () => {
    const { sessions } = await townshipWithRoles();
    const headers = { "x-client-address": "::ffff:10.9.8.7", "x-forwarded-for": "6.6.6.6" };
    const cookie = sessions.OFFICE.cookie;
    const created = await createUnit(
      request("/api/v1/units", { method: "POST", cookie, headers, body: { name: "农业站", kind: "STATION" } }),
    );
    expect(created.status).toBe(201);
    const row = await db.auditLog.findFirstOrThrow({ where: { action: "unit.created" } });
    expect(row.ip).toBe("10.9.8.7");
    expect(row.requestId).toMatch(/^[0-9a-f-]{36}$/);

    // A denial: its row and the error answer name the same request.
    const denied = await createUnit(
      request("/api/v1/units", {
        method: "POST",
        cookie: sessions.CHAIR.cookie,
        headers,
        body: { name: "林业站", kind: "STATION" },
      }),
    );
    expect(denied.status).toBe(403);
    const { error } = await denied.json();
    const deniedRow = await db.auditLog.findFirstOrThrow({ where: { action: "auth.denied" } });
    expect(deniedRow).toMatchObject({ ip: "10.9.8.7", requestId: error.requestId });
    expect(deniedRow.requestId).not.toBe(row.requestId);
  });
});
