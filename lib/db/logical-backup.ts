import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import zlib from "node:zlib";
import { once } from "node:events";
import pg from "pg";
import { migrate, readMigrations } from "@/lib/db/migrate";

/**
 * A backup that needs no PostgreSQL client tools, for the embedded server (whose package ships no
 * pg_dump, and whose major version the system's pg_dump may refuse). Data only: the schema is our
 * own migrations, whose history the backup records. The file is gzip'd lines:
 *   `#header\t{json}`, then per batch `<table>\t<json array of rows>`, then `#end\t{json}`.
 * Rows are PostgreSQL's own `to_jsonb` text, never parsed in JavaScript (no loss of bigint or
 * numeric precision), and are read in one REPEATABLE READ snapshot, so the app may keep running.
 */
export const LOGICAL_FORMAT = "township-logical-backup";
const HEADER = "#header";
const END = "#end";

interface Header {
  format: string;
  version: 1;
  createdAt: string;
  serverVersion: string;
  migrations: { name: string; checksum: string }[];
  tables: string[];
}
interface Trailer {
  counts: Record<string, number>;
  sequences: { name: string; value: string }[];
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function publicTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ t: string }>(
    "SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
  );
  return rows.map((r) => r.t);
}

async function write(out: NodeJS.WritableStream, line: string) {
  if (!out.write(line + "\n")) await once(out, "drain");
}

async function copyTable(client: pg.Client, table: string, out: NodeJS.WritableStream): Promise<number> {
  // Tables holding file bytes are read a few rows at a time to keep each line small.
  const { rowCount: binary } = await client.query(
    "SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND data_type = 'bytea'",
    [table],
  );
  const batch = binary ? 4 : 500;
  await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT to_jsonb(x)::text AS r FROM ${quote(table)} x`);
  let count = 0;
  for (;;) {
    const { rows } = await client.query<{ r: string }>(`FETCH ${batch} FROM backup_rows`);
    if (!rows.length) break;
    count += rows.length;
    await write(out, `${table}\t[${rows.map((r) => r.r).join(",")}]`);
  }
  await client.query("CLOSE backup_rows");
  return count;
}

/** Writes a logical backup of the database at `url` to `file`; returns the file's size. */
export async function logicalBackup(url: string, file: string): Promise<number> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const gzip = zlib.createGzip();
  const sink = fs.createWriteStream(file);
  const done = new Promise<void>((resolve, reject) => {
    sink.on("finish", resolve).on("error", reject);
    gzip.on("error", reject);
  });
  gzip.pipe(sink);
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables = await publicTables(client);
    const { rows: migrations } = tables.includes("_prisma_migrations")
      ? await client.query<{ name: string; checksum: string }>(
          `SELECT migration_name AS name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY 1`,
        )
      : { rows: [] };
    const { rows: version } = await client.query<{ v: string }>("SELECT current_setting('server_version') AS v");
    const header: Header = {
      format: LOGICAL_FORMAT,
      version: 1,
      createdAt: new Date().toISOString(),
      serverVersion: version[0].v,
      migrations,
      tables,
    };
    await write(gzip, `${HEADER}\t${JSON.stringify(header)}`);
    const counts: Record<string, number> = {};
    for (const table of tables) counts[table] = await copyTable(client, table, gzip);
    const { rows: sequences } = await client.query<{ name: string; value: string }>(
      "SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public' AND last_value IS NOT NULL",
    );
    const trailer: Trailer = { counts, sequences };
    await write(gzip, `${END}\t${JSON.stringify(trailer)}`);
    await client.query("COMMIT");
    gzip.end();
    await done;
  } catch (err) {
    gzip.destroy();
    sink.destroy();
    fs.rmSync(file, { force: true });
    throw err;
  } finally {
    await client.end();
  }
  return fs.statSync(file).size;
}

/** True when `file` starts with gzip's magic bytes (a logical backup; pg_dump files start with PGDMP). */
export function isLogicalBackup(file: string): boolean {
  const fd = fs.openSync(file, "r");
  try {
    const head = Buffer.alloc(2);
    fs.readSync(fd, head, 0, 2, 0);
    return head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    fs.closeSync(fd);
  }
}

function lines(file: string): AsyncIterable<string> {
  return readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
}

async function readHeader(file: string): Promise<Header> {
  for await (const line of lines(file)) {
    const [tag, json] = [line.slice(0, line.indexOf("\t")), line.slice(line.indexOf("\t") + 1)];
    const header = tag === HEADER ? (JSON.parse(json) as Header) : null;
    if (header?.format !== LOGICAL_FORMAT || header.version !== 1) break;
    return header;
  }
  throw new Error(`Not a backup made by db:backup: ${file}`);
}

/** Inserts one batch with triggers and foreign keys off (session_replication_role = replica). */
async function insertBatch(client: pg.Client, table: string, json: string): Promise<number> {
  const { rows } = await client.query<{ c: string }>(
    "SELECT quote_ident(attname) AS c FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum",
    [quote(table)],
  );
  const columns = rows.map((r) => r.c).join(", ");
  const { rowCount } = await client.query(
    `INSERT INTO ${quote(table)} (${columns}) OVERRIDING SYSTEM VALUE SELECT ${columns} FROM jsonb_populate_recordset(NULL::${quote(table)}, $1::jsonb)`,
    [json],
  );
  return rowCount ?? 0;
}

async function load(client: pg.Client, file: string, header: Header) {
  await client.query("BEGIN");
  await client.query("SET LOCAL session_replication_role = replica");
  // Migrations may have seeded rows: the backup's rows replace them.
  if (header.tables.length) await client.query(`TRUNCATE ${header.tables.map(quote).join(", ")}`);
  const loaded: Record<string, number> = {};
  let trailer: Trailer | null = null;
  for await (const line of lines(file)) {
    const tab = line.indexOf("\t");
    const tag = line.slice(0, tab);
    if (tag === HEADER) continue;
    if (tag === END) trailer = JSON.parse(line.slice(tab + 1)) as Trailer;
    else {
      loaded[tag] = (loaded[tag] ?? 0) + (await insertBatch(client, tag, line.slice(tab + 1)));
    }
  }
  if (!trailer) throw new Error("The backup file is incomplete (no end marker): nothing was restored.");
  for (const table of header.tables)
    if ((loaded[table] ?? 0) !== trailer.counts[table])
      throw new Error(`Table ${table}: ${loaded[table] ?? 0} rows read, ${trailer.counts[table]} expected.`);
  for (const s of trailer.sequences)
    await client.query("SELECT setval($1::regclass, $2::bigint)", [quote(s.name), s.value]);
  await client.query("COMMIT");
}

/**
 * Restores a logical backup into the (empty) database at `url`: applies the migrations the backup
 * was made with, loads every table's rows in one transaction, then applies any newer migrations
 * of this code. Needs a superuser (the embedded server's `postgres`) to switch triggers off.
 */
export async function logicalRestore(url: string, file: string): Promise<void> {
  const header = await readHeader(file);
  const files = readMigrations();
  const known = new Set(files.map((f) => f.name));
  const unknown = header.migrations.filter((m) => !known.has(m.name)).map((m) => m.name);
  if (unknown.length)
    throw new Error(`The backup is newer than this code (unknown migrations: ${unknown.join(", ")}). Use newer code.`);
  const taken = new Set(header.migrations.map((m) => m.name));
  await migrate(
    url,
    files.filter((f) => taken.has(f.name)),
  );
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await load(client, file, header);
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    await client.end();
  }
  await migrate(url, files);
}
