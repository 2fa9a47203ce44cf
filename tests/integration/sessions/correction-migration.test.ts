// Sessions' corrections moved onto the kernel's history (lib/audit/corrections.ts): the migration copies
// each SessionCorrection row that has no audit row of its own into AuditLog with its reason, who and
// when, keeps the ones already audited single, and drops the table.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listCorrections } from "@/lib/sessions/corrections";
import { sitting } from "./sitting";

const MIGRATIONS = "prisma/migrations";
const statements = (sql: string) => sql.split(/;\s*\n/).filter((x) => x.replace(/--.*$/gm, "").trim());
const migration = (suffix: string) => {
  const dir = fs.readdirSync(MIGRATIONS).find((d) => d.endsWith(suffix))!;
  return fs.readFileSync(path.join(MIGRATIONS, dir, "migration.sql"), "utf8");
};

describe("migration: SessionCorrection rows become the session's audit history", () => {
  it("copies a row without an audit row (reason, who, when), leaves an audited one single, and drops the table", async () => {
    const w = await sitting();
    const office = w.sessions.OFFICE.actor;
    // The table as it was (from the migration that made it).
    for (const stmt of statements(migration("_session_roll_corrections")).filter((s) =>
      s.includes("SessionCorrection"),
    ))
      await db.$executeRawUnsafe(stmt);
    const at = new Date("2026-11-20T02:00:00Z");
    const row = (kind: string, before: unknown, after: unknown, reason: string, createdAt: Date) =>
      db.$executeRawUnsafe(
        `INSERT INTO "SessionCorrection" ("id","townshipId","sessionId","kind","before","after","reason","createdById","createdBy","createdAt")
         VALUES (gen_random_uuid(), $1::uuid, $2::uuid, $3::"SessionCorrectionKind", $4::jsonb, $5::jsonb, $6, $7::uuid, '办公室', $8)`,
        w.township.id,
        w.id,
        kind,
        JSON.stringify(before),
        JSON.stringify(after),
        reason,
        office.userId,
        createdAt,
      );
    await row("SESSION", { venue: "镇政府会议室" }, { venue: "镇文化中心" }, "会场登记笔误", at);
    // One already audited when it was made (as every correction since the table existed): not copied again.
    const later = new Date(at.getTime() + 60_000 * 60);
    await row("AGENDA_DELETE", { title: "其他事项", kind: "OTHER" }, {}, "重复列入", later);
    await db.auditLog.create({
      data: {
        townshipId: w.township.id,
        userId: office.userId,
        action: "session.corrected",
        recordType: "CongressSession",
        recordId: w.id,
        before: { title: "其他事项", kind: "OTHER" },
        after: { title: null, kind: null },
        reason: "重复列入",
        createdAt: later,
      },
    });
    expect(await db.auditLog.count({ where: { recordId: w.id, action: "session.corrected" } })).toBe(1);

    for (const stmt of statements(migration("_session_corrections_to_audit"))) await db.$executeRawUnsafe(stmt);

    const rows = await db.auditLog.findMany({
      where: { recordId: w.id, action: "session.corrected" },
      orderBy: { createdAt: "asc" },
    });
    expect(rows.map((r) => [r.reason, r.userId, r.createdAt.toISOString()])).toEqual([
      ["会场登记笔误", office.userId, at.toISOString()],
      ["重复列入", office.userId, later.toISOString()],
    ]);
    expect(rows[0]).toMatchObject({ before: { venue: "镇政府会议室" }, after: { venue: "镇文化中心" } });
    // The session's 更正记录 reads them from the kernel.
    const history = await listCorrections(office, w.id);
    expect(history.map((c) => [c.label, ...c.lines, c.reason])).toEqual([
      ["更正会议信息", "会场：镇政府会议室 → 镇文化中心", "会场登记笔误"],
      ["删除议程", "删除议程：其他事项（其他）", "重复列入"],
    ]);
    const [{ exists }] = await db.$queryRawUnsafe<{ exists: boolean }[]>(
      `SELECT to_regclass('"SessionCorrection"') IS NOT NULL AS exists`,
    );
    expect(exists).toBe(false);
  });
});
