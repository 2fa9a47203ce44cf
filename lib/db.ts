import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { requireDatabaseUrl } from "@/lib/env";
import { statementName } from "@/lib/db/statements";

// One PrismaClient per process (kept on globalThis so dev reloads don't open new pools).
const globalForDb = globalThis as unknown as { __db?: PrismaClient };

function createClient(): PrismaClient {
  const adapter = new PrismaPg(
    { connectionString: requireDatabaseUrl(), max: 10 },
    { statementNameGenerator: statementName },
  );
  return new PrismaClient({ adapter });
}

export function getDb(): PrismaClient {
  globalForDb.__db ??= createClient();
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
