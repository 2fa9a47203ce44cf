// npm run db:restore -- <file> [--clean] — restores a db:backup file (a pg_dump, or the logical
// backup of the embedded database: told apart by the file itself) into DATABASE_URL (or the
// embedded database) in one transaction. The database must be empty (a new one) unless --clean,
// which replaces it (pg_dump: drops and recreates its tables; logical: recreates the database).
// Stop the app before restoring.
import { ensureDatabase } from "@/lib/db/database";
import { restoreDatabase } from "@/lib/db/backup";
import { readEnv } from "@/lib/env";

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--"));
if (!file) {
  console.error("Usage: npm run db:restore -- <backup file> [--clean]");
  process.exit(2);
}
const database = await ensureDatabase();
try {
  await restoreDatabase(readEnv().MIGRATION_DATABASE_URL ?? database.url, file, { clean: args.includes("--clean") });
  console.log(`Restored ${file}`);
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await database.stop();
}
