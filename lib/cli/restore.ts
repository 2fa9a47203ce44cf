// npm run db:restore -- <file> [--clean] — restores a db:backup file into DATABASE_URL (or the
// embedded database) in one transaction. The database must be empty (a new one) unless --clean,
// which drops and recreates the backup's tables first. Stop the app before restoring.
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
