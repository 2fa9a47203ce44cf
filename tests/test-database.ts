import { dropDatabase, ensureDatabase, recreateDatabase, withDatabaseName } from "@/lib/db/database";
import { migrate } from "@/lib/db/migrate";

/**
 * A fresh, migrated database for one test suite, on the same server as DATABASE_URL (CI: the
 * local server) or the embedded one: `<base>_<suffix>[_<pid>]`, recreated every run so no
 * developer data is touched and no earlier run leaks in.
 */
export async function freshTestDatabase(suffix: "it" | "e2e", unique = false) {
  const server = await ensureDatabase();
  const base = decodeURIComponent(new URL(server.url).pathname.slice(1)) || "township";
  // `unique`: a name of this run's own, so two suites started at once never share (or drop) a database.
  const url = withDatabaseName(server.url, `${base}_${suffix}${unique ? `_${process.pid}` : ""}`);
  await recreateDatabase(url);
  await migrate(url);
  return {
    url,
    stop: async () => {
      if (unique) await dropDatabase(url).catch(() => {});
      await server.stop();
    },
  };
}
