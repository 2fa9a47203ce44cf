import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { requireDatabaseUrl } from "@/lib/env";
import { statementName } from "@/lib/db/statements";
import { withAmbientTransactions } from "@/lib/db/ambient";

// One PrismaClient per process (kept on globalThis so dev reloads don't open new pools).
const globalForDb = globalThis as unknown as { __db?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaPg(
    { connectionString: requireDatabaseUrl(), max: 10 },
    { statementNameGenerator: statementName },
  );
  // Under load (twenty registrations at once, ten pooled connections) a transaction may wait its
  // turn for a connection or a row lock for a few seconds: Prisma's defaults (2 s, 5 s) would fail it.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 10_000, timeout: 20_000 } });
}

export function getDb(): PrismaClient {
  // Interactive transactions record their client (lib/db/ambient.ts) for the cached reads made inside them.
  globalForDb.__db ??= withAmbientTransactions(createClient());
  return globalForDb.__db;
}

/** The unscoped client: for sign-in, migrations and cross-township jobs only. Services use `scopedDb(actor)`. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const client = getDb();
    const value = Reflect.get(client, prop, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
