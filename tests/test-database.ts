import { ensureDatabase, recreateDatabase, withDatabaseName } from "@/lib/db/database";
import { migrate } from "@/lib/db/migrate";

/**
 * A fresh, migrated database for one test suite, on the same server as DATABASE_URL (CI: the
 * local server) or the embedded one: `<base>_<suffix>`, dropped and recreated every run so no
 * developer data is touched and no earlier run leaks in.
 */
export async function freshTestDatabase(suffix: "it" | "e2e") {
  const server = await ensureDatabase();
  const base = decodeURIComponent(new URL(server.url).pathname.slice(1)) || "township";
  const url = withDatabaseName(server.url, `${base}_${suffix}`);
  await recreateDatabase(url);
  await migrate(url);
  return { url, stop: server.stop };
}
