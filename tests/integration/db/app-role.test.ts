// The app can run as a role that does not own the tables (docs/db-app-role.sql): it reads and
// writes rows, but cannot truncate, change or remove audit rows, nor change the schema. The owner
// itself cannot TRUNCATE the audit table either (trigger).
import fs from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import type { AuditAction } from "@/lib/audit/actions";

const role = `app_role_test_${process.pid}`;
const url = new URL(process.env.DATABASE_URL!);
let app: pg.Client;

/** docs/db-app-role.sql with psql's variables filled in, as `psql -v …` would. */
const grants = () =>
  fs
    .readFileSync("docs/db-app-role.sql", "utf8")
    .replaceAll(':"app_role"', `"${role}"`)
    .replaceAll(':"owner_role"', "CURRENT_USER");

async function sqlState(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (err) {
    return (err as { code?: string }).code ?? (err as Error).message;
  }
  return undefined;
}

beforeAll(async () => {
  await db.$executeRawUnsafe(`DROP ROLE IF EXISTS "${role}"`);
  await db.$executeRawUnsafe(`CREATE ROLE "${role}" LOGIN`);
  const owner = new pg.Client({ connectionString: url.toString() });
  await owner.connect();
  await owner.query(grants()).finally(() => owner.end());
  const appUrl = new URL(url);
  appUrl.username = role;
  app = new pg.Client({ connectionString: appUrl.toString() });
  await app.connect();
});

afterAll(async () => {
  await app?.end();
  await db.$executeRawUnsafe(`DROP OWNED BY "${role}"`);
  await db.$executeRawUnsafe(`DROP ROLE IF EXISTS "${role}"`);
});

const SYSTEM = { townshipId: null, userId: null, username: "x", requestId: null, ip: null };

describe("a non-owner application role", () => {
  it("reads and writes rows, appends audit rows", async () => {
    const t = await app.query(
      `INSERT INTO "Township" (id, code, name) VALUES (gen_random_uuid(), 'role-t', '角色镇') RETURNING id`,
    );
    await app.query(
      `INSERT INTO "AuditLog" ("townshipId", action, "recordType") VALUES ($1, 'test.appended', 'Township')`,
      [t.rows[0].id],
    );
    expect((await app.query(`SELECT count(*)::int AS n FROM "AuditLog"`)).rows[0].n).toBe(1);
    await app.query(`UPDATE "Township" SET name = '改名镇' WHERE id = $1`, [t.rows[0].id]);
  });

  it("cannot truncate, update or delete audit rows, nor change the schema (42501 insufficient privilege)", async () => {
    await recordAudit(db, SYSTEM, { action: "test.kept" as AuditAction, recordType: "T" });
    expect(await sqlState(app.query(`TRUNCATE "AuditLog"`))).toBe("42501");
    expect(await sqlState(app.query(`UPDATE "AuditLog" SET action = 'tampered'`))).toBe("42501");
    expect(await sqlState(app.query(`DELETE FROM "AuditLog"`))).toBe("42501");
    expect(await sqlState(app.query(`TRUNCATE "Township" CASCADE`))).toBe("42501");
    expect(await sqlState(app.query(`DROP TABLE "User"`))).toBe("42501");
    expect(await sqlState(app.query(`ALTER TABLE "User" ADD COLUMN x int`))).toBe("42501");
    expect(await sqlState(app.query(`CREATE TABLE sneaky (id int)`))).toBe("42501");
    expect(await sqlState(app.query(`DELETE FROM "_prisma_migrations"`))).toBe("42501");
    expect(await db.auditLog.count({ where: { action: "test.kept" } })).toBe(1);
  });

  it("even the owner cannot TRUNCATE the audit table (trigger), directly or by cascade", async () => {
    await recordAudit(db, SYSTEM, { action: "test.kept" as AuditAction, recordType: "T" });
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "Township" CASCADE`)).rejects.toThrow(/append-only/);
    expect(await db.auditLog.count()).toBe(1);
  });
});
