// Several processes serving the app (WEB_CONCURRENCY workers): a cache cleared in one is cleared in the others
// over LISTEN/NOTIFY (lib/db/cache-bus.ts). The other process is played by a second connection sending the notice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { cachedRead } from "@/lib/db/cached-read";
import { CACHE_CHANNEL, cacheBusReady, stopCacheBus } from "@/lib/db/cache-bus";

const other = new pg.Client({ connectionString: process.env.DATABASE_URL });

beforeAll(async () => {
  process.env.CACHE_BUS = "1";
  await other.connect();
});

afterAll(async () => {
  delete process.env.CACHE_BUS;
  await stopCacheBus();
  await other.end();
});

/** Polls until `check` holds (the notice travels through the server), at most 5 s. */
async function eventually(check: () => Promise<boolean>) {
  for (let i = 0; i < 100; i++) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

describe("the cache bus", () => {
  it("clears a process's cache when another process announces an edit, and only the cache named", async () => {
    let reads = 0;
    let otherReads = 0;
    const cache = cachedRead("bus-test", async () => ++reads, 60 * 60_000);
    const untouched = cachedRead("bus-test-other", async () => ++otherReads, 60 * 60_000);
    await cacheBusReady();
    expect(await cache.get()).toBe(1);
    expect(await untouched.get()).toBe(1);
    expect(await cache.get()).toBe(1); // cached for an hour

    await other.query(`SELECT pg_notify($1, $2)`, [CACHE_CHANNEL, "bus-test"]);
    expect(await eventually(async () => (await cache.get()) === 2)).toBe(true);
    expect(await untouched.get()).toBe(1);
  });

  it("announces a local clear to the other processes", async () => {
    const seen: string[] = [];
    const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await listener.connect();
    try {
      listener.on("notification", (m) => seen.push(m.payload ?? ""));
      await listener.query(`LISTEN ${CACHE_CHANNEL}`);
      const cache = cachedRead("bus-test-announce", async () => 1, 60_000);
      cache.clear();
      expect(await eventually(async () => seen.includes("bus-test-announce"))).toBe(true);
    } finally {
      await listener.end();
    }
  });
});
