import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import pg from "pg";

// Applies prisma/migrations/<timestamp>_<name>/migration.sql without Prisma's schema engine (which
// cannot be downloaded on these machines; docs/decisions.md). Each migration runs in its own
// transaction and is recorded in Prisma's own `_prisma_migrations` table, in Prisma's format, so
// `prisma migrate deploy` on a machine with internet access sees the same history.
export const MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma/migrations");
const LOCK_KEY = 727_272_001; // advisory lock key: one migrator at a time

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

const HISTORY_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationStatus {
  applied: string[];
  pending: string[];
  /** Applied in the database but unknown to this code: the database is newer than the code. */
  unknown: string[];
  /** Applied, but the file changed since. */
  modified: string[];
}

async function appliedRows(client: pg.Client): Promise<{ migration_name: string; checksum: string }[]> {
  const { rows } = await client.query(
    `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows;
}

export async function migrationStatus(url: string, files = readMigrations()): Promise<MigrationStatus> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const exists = await client.query(`SELECT to_regclass('"_prisma_migrations"') AS t`);
    const rows = exists.rows[0].t ? await appliedRows(client) : [];
    return compareHistory(rows, files);
  } finally {
    await client.end();
  }
}

export function compareHistory(
  rows: { migration_name: string; checksum: string }[],
  files: MigrationFile[],
): MigrationStatus {
  const byName = new Map(files.map((f) => [f.name, f]));
  const appliedNames = new Set(rows.map((r) => r.migration_name));
  return {
    applied: rows.map((r) => r.migration_name),
    pending: files.filter((f) => !appliedNames.has(f.name)).map((f) => f.name),
    unknown: rows.filter((r) => !byName.has(r.migration_name)).map((r) => r.migration_name),
    modified: rows
      .filter((r) => byName.has(r.migration_name) && byName.get(r.migration_name)!.checksum !== r.checksum)
      .map((r) => r.migration_name),
  };
}

export class MigrationError extends Error {}

export function assertCompatible(status: MigrationStatus) {
  if (status.unknown.length)
    throw new MigrationError(
      `The database is newer than this code (unknown migrations: ${status.unknown.join(", ")}). Deploy the newer code instead.`,
    );
  if (status.modified.length)
    throw new MigrationError(
      `Applied migrations were edited afterwards: ${status.modified.join(", ")}. Write a new migration instead.`,
    );
}

/** Applies pending migrations; safe to run twice and from two processes at once. Returns the names applied. */
export async function migrate(url: string, files = readMigrations()): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const applied: string[] = [];
  try {
    // Held for the whole run (also around creating the history table, which two processes
    // starting at once would otherwise race on).
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(HISTORY_TABLE);
    for (const file of files) {
      await client.query("BEGIN");
      try {
        const status = compareHistory(await appliedRows(client), files);
        assertCompatible(status);
        if (!status.pending.includes(file.name)) {
          await client.query("COMMIT");
          continue;
        }
        const started = new Date();
        await client.query(file.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES ($1, $2, now(), $3, $4, 1)`,
          [crypto.randomUUID(), file.checksum, file.name, started],
        );
        await client.query("COMMIT");
        applied.push(file.name);
      } catch (err) {
        await client.query("ROLLBACK").catch(() => {});
        if (err instanceof MigrationError) throw err;
        throw new MigrationError(`Migration ${file.name} failed and was rolled back: ${(err as Error).message}`);
      }
    }
    // Also refuse when there are no files to apply but the database is ahead.
    assertCompatible(compareHistory(await appliedRows(client), files));
    return applied;
  } finally {
    await client.end(); // ending the connection releases the advisory lock
  }
}
