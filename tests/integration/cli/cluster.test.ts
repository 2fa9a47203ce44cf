// WEB_CONCURRENCY (lib/cli/cluster.mjs, used by lib/cli/next-server.mjs): N workers share the port, each with
// the cache bus on; a worker that dies is replaced; SIGTERM stops them all. One worker when unset.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { workerCount } from "@/lib/cli/cluster.mjs";

const FIXTURE = path.resolve("tests/integration/cli/cluster-fixture.mjs");
const PORT = 39_000 + (process.pid % 1000);
let child: ChildProcess | null = null;

afterEach(() => {
  child?.kill("SIGKILL");
  child = null;
});

async function ask(): Promise<{ pid: number; bus: string | null } | null> {
  try {
    const res = await fetch(`http://127.0.0.1:${PORT}/`, { signal: AbortSignal.timeout(1000) });
    return (await res.json()) as { pid: number; bus: string | null };
  } catch {
    return null;
  }
}

/** Asks until `want` distinct pids answered (at most 10 s), returning the pids seen and the answers. */
async function pidsSeen(want: number) {
  const pids = new Set<number>();
  const answers: { pid: number; bus: string | null }[] = [];
  for (let i = 0; i < 400 && pids.size < want; i++) {
    const a = await ask();
    if (a) {
      pids.add(a.pid);
      answers.push(a);
    } else await new Promise((r) => setTimeout(r, 25));
  }
  return { pids, answers };
}

function start(env: Record<string, string>) {
  child = spawn(process.execPath, [FIXTURE, String(PORT)], { env: { ...process.env, ...env }, stdio: "ignore" });
  return child;
}

describe("WEB_CONCURRENCY workers", () => {
  it("reads the count: 1 unless a number above 1", () => {
    expect(workerCount(undefined)).toBe(1);
    expect(workerCount("")).toBe(1);
    expect(workerCount("abc")).toBe(1);
    expect(workerCount("0")).toBe(1);
    expect(workerCount("2")).toBe(2);
    expect(workerCount("3.7")).toBe(3);
  });

  it("serves from two workers with the cache bus on, replaces one that dies, and stops on SIGTERM", async () => {
    const primary = start({ WEB_CONCURRENCY: "2" });
    const first = await pidsSeen(2);
    expect(first.pids.size).toBe(2);
    expect(first.pids.has(primary.pid!)).toBe(false);
    expect(first.answers.every((a) => a.bus === "1")).toBe(true);

    const [dead] = [...first.pids];
    process.kill(dead, "SIGKILL");
    const after = await pidsSeen(2);
    // the survivor, and a new worker in the dead one's place
    const fresh = [...after.pids].filter((p) => !first.pids.has(p));
    expect(after.pids.has(dead)).toBe(false);
    expect(fresh.length).toBeGreaterThanOrEqual(1);

    const exited = new Promise<number | null>((resolve) => primary.once("exit", (code) => resolve(code)));
    primary.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(await ask()).toBeNull();
  });

  it("serves from the one process itself when WEB_CONCURRENCY is unset, without the cache bus", async () => {
    const env = { ...process.env };
    delete env.WEB_CONCURRENCY;
    delete env.CACHE_BUS;
    child = spawn(process.execPath, [FIXTURE, String(PORT)], { env, stdio: "ignore" });
    const seen = await pidsSeen(1);
    expect([...seen.pids]).toEqual([child.pid]);
    expect(seen.answers[0].bus).toBeNull();
  });
});
