import pg from "pg";
import { readEnv } from "@/lib/env";
import { startEmbeddedPostgres } from "@/lib/db/embedded";

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

/**
 * The database the app or the tests use: DATABASE_URL when set, otherwise the embedded server
 * (started here, stopped by `stop()`), with the named database created when missing.
 */
export async function ensureDatabase(embeddedDbName = "township"): Promise<DatabaseHandle> {
  const env = readEnv();
  if (env.DATABASE_URL) {
    await createDatabaseIfMissing(env.DATABASE_URL);
    return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres(env.DATA_DIR, env.EMBEDDED_PG_PORT);
  const url = server.url(embeddedDbName);
  await createDatabaseIfMissing(url);
  return { url, embedded: true, stop: server.stop };
}

/**
 * Runs `fn` on the server's `postgres` database with the target database's (checked) name — for
 * creating and dropping databases, which cannot be done from inside them.
 */
async function onServer(url: string, fn: (client: pg.Client, name: string) => Promise<void>): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`Unsupported database name: ${name}`);
  const client = new pg.Client({ connectionString: withDatabaseName(url, "postgres") });
  await client.connect();
  try {
    await fn(client, name);
  } finally {
    await client.end();
  }
}

const CREATE = (name: string) => `CREATE DATABASE "${name}" ENCODING 'UTF8' TEMPLATE template0`;
const DROP = (name: string) => `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`;

/** Creates the target database if absent. */
export const createDatabaseIfMissing = (url: string) =>
  onServer(url, async (client, name) => {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(CREATE(name));
  });

/** Drops and recreates a database: used by the test runner for a fresh database per run. */
export const recreateDatabase = (url: string) =>
  onServer(url, async (client, name) => {
    await client.query(DROP(name));
    await client.query(CREATE(name));
  });

export const dropDatabase = (url: string) =>
  onServer(url, async (client, name) => void (await client.query(DROP(name))));

/** The same server, another database name (e.g. `township` → `township_e2e`). */
export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
