// npm run db:migrate — apply pending migrations to DATABASE_URL (or the embedded database).
import { ensureDatabase } from "@/lib/db/database";
import { migrate } from "@/lib/db/migrate";
import { importLegacyUploads } from "@/lib/cli/import-uploads";

const database = await ensureDatabase();
try {
  const applied = await migrate(database.url);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
  await importLegacyUploads(database.url);
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await database.stop();
}
