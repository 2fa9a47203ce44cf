import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { dropDatabase, recreateDatabase, withDatabaseName } from "@/lib/db/database";
import { migrate, migrationStatus, readMigrations, MigrationError } from "@/lib/db/migrate";

const scratches: string[] = [];
afterAll(async () => {
  for (const url of scratches) await dropDatabase(url);
});

async function scratch(suffix: string) {
  const base = process.env.DATABASE_URL!;
  const url = withDatabaseName(base, `${decodeURIComponent(new URL(base).pathname.slice(1))}_${suffix}`);
  await recreateDatabase(url);
  scratches.push(url);
  return url;
}

function migrationsDir(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migrations-"));
  for (const [name, sql] of Object.entries(files)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

async function query(url: string, sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows;
  } finally {
    await client.end();
  }
}

describe("the migration runner", () => {
  it("applies the project's migrations once, records them in Prisma's table, and is safe to run twice", async () => {
    const url = await scratch("mig_twice");
    const files = readMigrations();
    expect(await migrate(url)).toEqual(files.map((f) => f.name));
    expect(await migrate(url)).toEqual([]);
    const rows = await query(url, `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY 1`);
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    expect(rows[0].checksum).toBe(files[0].checksum);
    expect((await migrationStatus(url)).pending).toEqual([]);
  });

  it("runs concurrently without applying anything twice", async () => {
    const url = await scratch("mig_race");
    const results = await Promise.all([migrate(url), migrate(url), migrate(url)]);
    expect(results.flat().sort()).toEqual(readMigrations().map((f) => f.name));
  });

  it("rolls a failing migration back whole and keeps the earlier ones", async () => {
    const url = await scratch("mig_fail");
    const dir = migrationsDir({
      "20260101000000_ok": `CREATE TABLE "a" (id int);`,
      "20260102000000_broken": `CREATE TABLE "b" (id int); INSERT INTO "missing" VALUES (1);`,
    });
    await expect(migrate(url, readMigrations(dir))).rejects.toThrow(/20260102000000_broken failed and was rolled back/);
    const tables = await query(
      url,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name IN ('a', 'b')`,
    );
    expect(tables.map((t) => t.table_name)).toEqual(["a"]);
    expect((await migrationStatus(url, readMigrations(dir))).pending).toEqual(["20260102000000_broken"]);
  });

  it("refuses a database newer than the code, and an applied migration edited afterwards", async () => {
    const url = await scratch("mig_newer");
    const dir = migrationsDir({ "20260101000000_ok": `CREATE TABLE "a" (id int);` });
    await migrate(url, readMigrations(dir));
    await query(
      url,
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ('x', 'y', now(), '20991231000000_future', 1)`,
    );
    await expect(migrate(url, readMigrations(dir))).rejects.toThrow(MigrationError);
    await expect(migrate(url, readMigrations(dir))).rejects.toThrow(/newer than this code/);

    const url2 = await scratch("mig_edited");
    await migrate(url2, readMigrations(dir));
    fs.writeFileSync(path.join(dir, "20260101000000_ok", "migration.sql"), `CREATE TABLE "a" (id bigint);`);
    await expect(migrate(url2, readMigrations(dir))).rejects.toThrow(/edited afterwards/);
  });
});
