// npm run db:migrate — apply pending migrations to DATABASE_URL (or the embedded database), as the
// schema owner MIGRATION_DATABASE_URL when the app runs as a non-owner role (docs/db-app-role.sql).
import { ensureDatabase } from "@/lib/db/database";
import { migrate } from "@/lib/db/migrate";
import { importLegacyUploads } from "@/lib/cli/import-uploads";
import { readEnv } from "@/lib/env";

const database = await ensureDatabase();
try {
  const applied = await migrate(readEnv().MIGRATION_DATABASE_URL ?? database.url);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
  await importLegacyUploads(database.url);
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await database.stop();
}
