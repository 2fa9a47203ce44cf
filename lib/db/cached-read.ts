// A small table read at most once per `maxAgeMs` per process (settings, calendar overrides). A caller
// never waits for a refresh: an expired value is served while one refresh runs in the background.
// Only a cold cache (start-up, or after `clear()`) is read on the caller's path — inside a transaction
// through that transaction's own client (lib/db/ambient.ts), never through a second pooled connection.
// `clear()` also tells the app's other processes to clear theirs when there are several (lib/db/cache-bus.ts).
import { db, type Tx } from "@/lib/db";
import { currentTransaction, outsideTransaction } from "@/lib/db/ambient";
import { log } from "@/lib/log/logger";
import { announceClear, registerCache } from "@/lib/db/cache-bus";

export type CachedRead<T> = { get(): Promise<T>; clear(): void };

export function cachedRead<T>(name: string, read: (client: Tx) => Promise<T>, maxAgeMs: number): CachedRead<T> {
  let cache: { at: number; value: T } | null = null;
  let loading: Promise<T> | null = null;
  let generation = 0;

  function load(client: Tx): Promise<T> {
    const gen = generation;
    return read(client).then((value) => {
      if (gen === generation) cache = { at: Date.now(), value };
      return value;
    });
  }

  function shared(): Promise<T> {
    if (loading) return loading;
    const p: Promise<T> = load(db).finally(() => {
      if (loading === p) loading = null;
    });
    loading = p;
    return p;
  }

  function clearLocal() {
    cache = null;
    loading = null;
    generation++;
  }
  registerCache(name, clearLocal);

  return {
    async get() {
      if (cache) {
        if (Date.now() - cache.at >= maxAgeMs && !loading)
          outsideTransaction(shared).catch((err: unknown) =>
            log.warn("cache refresh failed", { cache: name, err: String(err) }),
          );
        return cache.value;
      }
      const tx = currentTransaction();
      return tx ? load(tx) : shared();
    },
    clear() {
      clearLocal();
      void outsideTransaction(() => announceClear(name, (sql, payload) => db.$queryRawUnsafe(sql, payload)));
    },
  };
}
