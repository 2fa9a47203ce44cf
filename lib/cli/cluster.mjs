// WEB_CONCURRENCY=N (N > 1): the primary process forks N workers sharing the port (node:cluster) and replaces
// a worker that dies; SIGTERM/SIGINT stop them all. Workers get CACHE_BUS=1 (lib/db/cache-bus.ts). Plain
// JavaScript, run by lib/cli/next-server.mjs with node alone.
import cluster from "node:cluster";

/** The number of workers WEB_CONCURRENCY asks for (1 when unset or not a number). */
export function workerCount(value = process.env.WEB_CONCURRENCY) {
  return Math.max(1, Math.floor(Number(value) || 1));
}

/**
 * In the primary with `workers` > 1: forks them and returns true (the caller does nothing else). In a worker, or
 * with one worker: returns false and the caller serves.
 */
export function runPrimary(workers) {
  if (workers <= 1 || !cluster.isPrimary) return false;
  let stopping = false;
  let deaths = [];
  const fork = () => cluster.fork({ CACHE_BUS: "1" });
  for (let i = 0; i < workers; i++) fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    // A worker that cannot start (no database, no build) would be replaced forever: give up after 5 in a minute.
    const now = Date.now();
    deaths = deaths.filter((t) => now - t < 60_000).concat(now);
    if (deaths.length > 5) {
      console.error("workers keep exiting; stopping");
      process.exit(1);
    }
    console.error(`worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    fork();
  });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    const alive = Object.values(cluster.workers ?? {});
    if (alive.length === 0) process.exit(0);
    for (const w of alive) w?.process.kill("SIGTERM");
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  return true;
}

/** Whether this process prints the start-up line (the only process, or the first worker). */
export const announces = () => cluster.isPrimary || cluster.worker?.id === 1;
