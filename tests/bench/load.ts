// Load helpers: a bounded, time-capped closed-loop runner, latency percentiles, and the
// production server (`next start`) started against the bench database.
import fs from "node:fs";
import path from "node:path";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";

export interface LoadResult {
  latencies: number[]; // ms, one per completed request
  elapsedMs: number;
  errors: number;
  firstError: string | null;
  timedOut: boolean;
}

/**
 * Runs `task` `count` times with `concurrency` workers (each starts its next call when the
 * previous one ends) and stops early after `timeCapMs`.
 */
export async function runLoad(
  count: number,
  concurrency: number,
  timeCapMs: number,
  task: () => Promise<void>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  let firstError: string | null = null;
  let timedOut = false;
  const start = performance.now();
  const worker = async () => {
    while (next < count) {
      if (performance.now() - start > timeCapMs) {
        timedOut = true;
        return;
      }
      next++;
      const t0 = performance.now();
      try {
        await task();
        latencies.push(performance.now() - t0);
      } catch (err) {
        errors++;
        firstError ??= (err as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies, elapsedMs: performance.now() - start, errors, firstError, timedOut };
}

/** Nearest-rank percentile of an unsorted sample. */
export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  perSecond: number;
}

export function summarize(r: LoadResult): Summary {
  return {
    n: r.latencies.length,
    p50: percentile(r.latencies, 50),
    p95: percentile(r.latencies, 95),
    p99: percentile(r.latencies, 99),
    perSecond: r.latencies.length / (r.elapsedMs / 1000),
  };
}

export const ms = (v: number) => `${v.toFixed(1)} ms`;

// ── The production server ───────────────────────────────────────────────────────────────────────

const NEXT_BIN = "node_modules/next/dist/bin/next";

/**
 * Builds only when there is no build, or when the build predates a route under test (it could
 * not be measured at all); otherwise warns when sources are newer than the build.
 */
export function ensureBuild(env: NodeJS.ProcessEnv, routes: string[]) {
  const absent = routes.find((r) => !fs.existsSync(`.next/server/app${r}/route.js`));
  const missing = !fs.existsSync(".next/BUILD_ID")
    ? "no production build"
    : absent
      ? `the build has no ${absent}`
      : null;
  if (missing) {
    console.log(`${missing}: running next build …`);
    const build = spawnSync(process.execPath, [NEXT_BIN, "build"], {
      stdio: "inherit",
      env: { ...env, NODE_ENV: "production" },
    });
    if (build.status !== 0) throw new Error("next build failed");
    return;
  }
  const builtAt = fs.statSync(".next/BUILD_ID").mtimeMs;
  const newer = ["app", "lib", "components"].flatMap((dir) => newerFiles(dir, builtAt));
  if (newer.length)
    console.log(
      `Note: ${newer.length} source file(s) are newer than .next/BUILD_ID (e.g. ${newer[0]}); the bench measures the existing build.`,
    );
}

function newerFiles(dir: string, since: number): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.parentPath.includes("generated"))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => fs.statSync(f).mtimeMs > since);
}

export interface Server {
  baseUrl: string;
  /** CPU time the server process has used so far, in ms (Linux /proc; null elsewhere). */
  cpuMs: () => number | null;
  stop: () => Promise<void>;
}

/** utime + stime of a process from /proc/<pid>/stat, in ms (clock ticks of 10 ms). */
export function processCpuMs(pid: number | undefined): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

/** The CPU of a process and its children (the workers of WEB_CONCURRENCY), in ms; null when it is gone. */
export function processTreeCpuMs(pid: number | undefined): number | null {
  const own = processCpuMs(pid);
  if (own == null) return null;
  let children = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = fs.readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ");
      if (Number(fields[1]) === pid) children += processCpuMs(Number(entry)) ?? 0;
    } catch {
      // gone meanwhile
    }
  }
  return own + children;
}

async function healthy(baseUrl: string): Promise<boolean> {
  try {
    const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
    return res.ok;
  } catch {
    return false;
  }
}

/** Extra node flags for the server, e.g. BENCH_NODE_ARGS=--cpu-prof to profile it. */
const nodeArgs = () => (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);

/** The production server (lib/cli/next-server.mjs, as `npm start`) on 127.0.0.1:<port>, resolved once /api/health answers 200. */
export async function startServer(port: number, env: NodeJS.ProcessEnv, timeoutMs = 60_000): Promise<Server> {
  const baseUrl = `http://127.0.0.1:${port}`;
  if (await healthy(baseUrl)) throw new Error(`Port ${port} is already serving; stop that server first.`);
  const child: ChildProcess = spawn(
    process.execPath,
    [...nodeArgs(), "lib/cli/next-server.mjs", "start", String(port), "127.0.0.1"],
    { stdio: ["ignore", "ignore", "inherit"], env },
  );
  let exited = false;
  const exitPromise = new Promise<void>((resolve) => child.once("exit", () => ((exited = true), resolve())));
  const stop = async () => {
    if (exited) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
    await exitPromise;
    clearTimeout(timer);
  };
  const deadline = Date.now() + timeoutMs;
  while (!(await healthy(baseUrl))) {
    if (exited) throw new Error(`next start exited with code ${child.exitCode}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The server did not answer ${baseUrl}/api/health within ${timeoutMs / 1000} s`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { baseUrl, stop, cpuMs: () => processTreeCpuMs(child.pid) };
}
