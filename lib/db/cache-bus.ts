// When more than one process serves the app (`WEB_CONCURRENCY` workers, or instances behind a load balancer,
// with `CACHE_BUS=1`), an edit that clears a per-process cache (lib/db/cached-read.ts: the calendar's overrides,
// the settings) is announced to the others over PostgreSQL's LISTEN/NOTIFY, so every process reads the edit at
// once instead of after its cache's age. One connection per process listens, outside the pool; it reconnects
// after a lost connection and clears every cache then (a notice may have been missed meanwhile).
import pg from "pg";
import { requireDatabaseUrl } from "@/lib/env";
import { log } from "@/lib/log/logger";

export const CACHE_CHANNEL = "app_cache_clear";
const RECONNECT_MS = 2_000;

interface Bus {
  /** Local clears by cache name (each `cachedRead` registers its own). */
  caches: Map<string, () => void>;
  client: pg.Client | null;
  started: boolean;
  /** Resolves once a connection listens (and every cache was cleared on it). */
  ready: Promise<void>;
  markReady: () => void;
}

// On globalThis: Next.js may bundle this module more than once per process.
const shared = globalThis as typeof globalThis & { __cacheBus?: Bus };
const bus = (shared.__cacheBus ??= newBus());

function newBus(): Bus {
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  return { caches: new Map(), client: null, started: false, ready, markReady };
}

export const cacheBusEnabled = () => process.env.CACHE_BUS === "1";

/** Registers a cache's local clear, and starts listening (once per process) when the bus is on. */
export function registerCache(name: string, clearLocal: () => void): void {
  bus.caches.set(name, clearLocal);
  if (cacheBusEnabled() && !bus.started) {
    bus.started = true;
    void listen();
  }
}

function clearAll() {
  for (const clear of bus.caches.values()) clear();
}

async function listen(): Promise<void> {
  const client = new pg.Client({ connectionString: requireDatabaseUrl(), application_name: "cache-bus" });
  const retry = () => {
    if (bus.client !== client) return;
    bus.client = null;
    client.removeAllListeners();
    void client.end().catch(() => undefined);
    setTimeout(() => void listen(), RECONNECT_MS).unref();
  };
  bus.client = client;
  client.on("error", (err) => {
    log.warn("cache bus connection lost", { err: String(err) });
    retry();
  });
  client.on("end", retry);
  client.on("notification", (msg) => {
    const clear = msg.payload ? bus.caches.get(msg.payload) : undefined;
    clear?.();
  });
  try {
    await client.connect();
    await client.query(`LISTEN ${CACHE_CHANNEL}`);
    clearAll();
    bus.markReady();
  } catch (err) {
    log.warn("cache bus cannot listen", { err: String(err) });
    retry();
  }
}

/**
 * Tells the other processes to clear the named cache. Sent on its own connection after the edit committed
 * (NOTIFY inside the edit's transaction would also wait for the commit, but the clears run after it anyway).
 */
export async function announceClear(name: string, send: (sql: string, payload: string) => Promise<unknown>) {
  if (!cacheBusEnabled()) return;
  try {
    await send(`SELECT pg_notify('${CACHE_CHANNEL}', $1)`, name);
  } catch (err) {
    // The others still refresh within their cache's age.
    log.warn("cache bus cannot announce", { cache: name, err: String(err) });
  }
}

/** For tests: resolves once this process listens. */
export const cacheBusReady = () => bus.ready;

/** For tests: stop listening. */
export async function stopCacheBus(): Promise<void> {
  const client = bus.client;
  bus.client = null;
  bus.started = false;
  const fresh = newBus();
  bus.ready = fresh.ready;
  bus.markReady = fresh.markReady;
  if (client) {
    client.removeAllListeners();
    await client.end().catch(() => undefined);
  }
}
