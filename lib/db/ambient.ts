// The transaction a piece of code runs in, without passing it down. Every interactive transaction
// started through `db` or `scopedDb(...)` records its client here for the duration of its callback.
// Cached reads (settings, the working calendar) load through it when cold: a read on the shared pool
// from inside a transaction needs a second connection, and with as many transactions as the pool has
// connections each would wait for one that never frees — a pool deadlock until they time out (503).
import { AsyncLocalStorage } from "node:async_hooks";
import type { Tx } from "@/lib/db";
import { log } from "@/lib/log/logger";

// On globalThis: Next.js may bundle this module more than once per process, and the client that sets
// the store (lib/db.ts keeps one per process) must be read by every copy of the cached reads.
const shared = globalThis as typeof globalThis & { __ambientTx?: AsyncLocalStorage<Tx> };
const ambient = (shared.__ambientTx ??= new AsyncLocalStorage<Tx>());

/** The client of the interactive transaction the caller runs in, if any. */
export function currentTransaction(): Tx | undefined {
  return ambient.getStore();
}

/** Runs `fn` outside any ambient transaction (a background refresh must not look like a read inside one). */
export function outsideTransaction<T>(fn: () => T): T {
  return ambient.exit(fn);
}

const warned = new Set<string>();

// A query through a pooled client while the caller is inside a transaction is the deadlock above. It is
// reported (once per model) — and refused when DB_STRICT_TX=1, which the integration tests set.
function poolQueryInsideTransaction(prop: string) {
  const message = `query on the shared pool (${prop}) inside a transaction: use the transaction's client`;
  if (process.env.DB_STRICT_TX === "1") throw new Error(message);
  if (warned.has(prop)) return;
  warned.add(prop);
  log.warn(message);
}

const isDelegate = (value: unknown) =>
  typeof value === "object" && value !== null && typeof (value as { findMany?: unknown }).findMany === "function";

type Transactional = { $transaction: (...args: never[]) => unknown };

/** `client` whose interactive transactions make their client the ambient one while their callback runs. */
export function withAmbientTransactions<C extends Transactional>(client: C): C {
  const start = client.$transaction.bind(client) as (arg: unknown, options?: unknown) => unknown;
  const $transaction = (arg: unknown, options?: unknown) =>
    typeof arg === "function"
      ? start((tx: Tx) => ambient.run(tx, () => (arg as (tx: Tx) => unknown)(tx)), options)
      : start(arg, options);
  return new Proxy(client, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target);
      if (
        ambient.getStore() &&
        typeof prop === "string" &&
        (/^\$(transaction|queryRaw|executeRaw)/.test(prop) || isDelegate(value))
      )
        poolQueryInsideTransaction(prop);
      if (prop === "$transaction") return $transaction;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
