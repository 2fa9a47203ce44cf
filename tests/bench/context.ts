import type pg from "pg";
import { encode } from "next-auth/jwt";
import { createSession } from "@/lib/auth/sessions";
import { ms, processCpuMs, runLoad, summarize, type Summary } from "@/tests/bench/load";
import type { SuggestionBenchTownship } from "@/tests/bench/suggestions-seed";

export interface BenchContext {
  baseUrl: string;
  pool: pg.Pool;
  secret: string;
  townships: SuggestionBenchTownship[];
  /** The server's CPU time so far, in ms, or null where it cannot be read. */
  serverCpuMs: () => number | null;
}

/**
 * CPU time so far of each PostgreSQL backend serving the bench database (pid → ms), read from /proc:
 * only when PostgreSQL runs on this machine and its processes are readable; empty otherwise.
 */
export async function databaseCpuMs(pool: pg.Pool): Promise<Map<number, number>> {
  const { rows } = await pool.query<{ pid: number }>(
    "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
  );
  const cpu = new Map<number, number>();
  for (const { pid } of rows) {
    const ms = processCpuMs(pid);
    if (ms !== null) cpu.set(pid, ms);
  }
  return cpu;
}

/** CPU used between two `databaseCpuMs` readings (a backend that started meanwhile counts whole). */
export const databaseCpuBetween = (before: Map<number, number>, after: Map<number, number>) =>
  [...after].reduce((sum, [pid, ms]) => sum + ms - (before.get(pid) ?? 0), 0);

/** One line of the closing table. */
export interface TargetRow {
  label: string;
  target: string;
  measured: string;
  met: boolean;
}

export const CONCURRENCY = 10;
// A long-running server is JIT-warm: 1,000 requests first (BENCH_WARMUP=50 shows a cold start).
const WARMUP = Number(process.env.BENCH_WARMUP ?? 1000);
export const REQUESTS = 2000;
const TIME_CAP_MS = 60_000;

const line = (label: string, s: Summary, cpu: string) =>
  console.log(
    `  ${label.padEnd(36)} p50 ${ms(s.p50).padStart(9)}  p95 ${ms(s.p95).padStart(9)}  p99 ${ms(s.p99).padStart(9)}  ${s.perSecond.toFixed(0).padStart(5)}/s  (n=${s.n})${cpu}`,
  );

/**
 * Warm-up, then the measured run; prints one line, with the server's CPU time per request when
 * `serverCpuMs` is given (a figure that other load on the machine barely changes). Any failed
 * request fails the benchmark.
 */
export async function load(
  label: string,
  task: () => Promise<void>,
  serverCpuMs?: () => number | null,
): Promise<Summary> {
  const warm = await runLoad(WARMUP, CONCURRENCY, TIME_CAP_MS, task);
  if (warm.errors) throw new Error(`${label}: warm-up failed: ${warm.firstError}`);
  const cpuBefore = serverCpuMs?.() ?? null;
  const run = await runLoad(REQUESTS, CONCURRENCY, TIME_CAP_MS, task);
  const cpuAfter = serverCpuMs?.() ?? null;
  if (run.errors) throw new Error(`${label}: ${run.errors} of ${REQUESTS} requests failed, first: ${run.firstError}`);
  if (run.timedOut)
    console.log(`  (${label}: stopped at the ${TIME_CAP_MS / 1000} s cap after ${run.latencies.length} requests)`);
  const s = summarize(run);
  line(
    label,
    s,
    cpuBefore !== null && cpuAfter !== null
      ? `  server CPU ${((cpuAfter - cpuBefore) / run.latencies.length).toFixed(2)} ms/req`
      : "",
  );
  return s;
}

/** A signed-in user's cookie, made as tests/factories signIn does: a session row and the JWT naming it. */
export async function cookieFor(userId: string, secret: string): Promise<{ cookie: string; sessionId: string }> {
  const sessionId = await createSession(userId, "127.0.0.1");
  return { cookie: `next-auth.session-token=${await encode({ token: { sid: sessionId }, secret })}`, sessionId };
}

/** GET `url` with the cookie; checks the status and the body, returns the body. */
export async function getJson<T>(url: string, cookie: string | null, status = 200): Promise<T> {
  const res = await fetch(url, { headers: cookie ? { cookie } : {} });
  const body = (await res.json()) as T;
  if (res.status !== status)
    throw new Error(`HTTP ${res.status} (expected ${status}): ${JSON.stringify(body).slice(0, 200)}`);
  return body;
}

export const ratioRow = (label: string, api: Summary, sql: Summary, target = 3): TargetRow => {
  const ratio = api.p95 / sql.p95;
  return { label, target: `< ${target}`, measured: ratio.toFixed(2), met: ratio < target };
};

export const p95Row = (label: string, s: Summary, targetMs: number): TargetRow => ({
  label,
  target: `< ${targetMs} ms`,
  measured: ms(s.p95),
  met: s.p95 < targetMs,
});
