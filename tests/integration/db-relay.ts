// A TCP relay between the app's database client and the test database, to cut the connection
// and restore it on the same port: the database "goes away" and comes back without a restart.
import net from "node:net";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { statementName } from "@/lib/db/statements";

/** A TCP relay to the test database that can be cut and restored on the same port. */
export class Relay {
  private server: net.Server | null = null;
  private sockets = new Set<net.Socket>();
  port = 0;
  constructor(private target: { host: string; port: number }) {}
  async open() {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on("close", () => this.sockets.delete(s));
        s.on("error", () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
  }
  async cut() {
    for (const s of this.sockets) s.destroy();
    const server = this.server;
    if (server) await new Promise((resolve) => server.close(resolve));
    this.server = null;
  }
}

export const shared = globalThis as unknown as { __db?: PrismaClient; __checkedSessions?: Map<string, unknown> };
let original: PrismaClient | undefined;

/** Back to the app's own client (call in afterEach). */
export async function restoreDb() {
  if (original) {
    const relayed = shared.__db;
    shared.__db = original;
    original = undefined;
    await relayed?.$disconnect().catch(() => {});
  }
}

/** From here on the app's `db` goes through the relay. */
export function throughRelay(relay: Relay) {
  const url = new URL(process.env.DATABASE_URL!);
  url.hostname = "127.0.0.1";
  url.port = String(relay.port);
  original = shared.__db;
  shared.__db = new PrismaClient({
    adapter: new PrismaPg(
      { connectionString: url.toString(), max: 3, connectionTimeoutMillis: 2000 },
      { statementNameGenerator: statementName },
    ),
  });
  shared.__checkedSessions?.clear();
}

export function relayToTestDb() {
  const url = new URL(process.env.DATABASE_URL!);
  return new Relay({ host: url.hostname, port: Number(url.port || 5432) });
}

/** next-auth's credentials check, as its callback route calls it. */
