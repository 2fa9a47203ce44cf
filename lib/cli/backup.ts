// npm run db:backup [-- <file>] — a pg_dump (custom format) of DATABASE_URL, as the schema owner
// MIGRATION_DATABASE_URL when set; or a logical backup (no PostgreSQL tools needed) of the embedded
// database, started for the purpose or shared with the running app.
// Default file: <DATA_DIR>/backups/township-<UTC timestamp>.dump (.backup.gz for the embedded one)
import path from "node:path";
import { ensureDatabase } from "@/lib/db/database";
import { backupDatabase } from "@/lib/db/backup";
import { readEnv } from "@/lib/env";

const env = readEnv();
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const database = await ensureDatabase();
const extension = database.embedded ? "backup.gz" : "dump";
const file = process.argv[2] ?? path.join(env.DATA_DIR, "backups", `township-${stamp}.${extension}`);
try {
  const bytes = await backupDatabase(env.MIGRATION_DATABASE_URL ?? database.url, file, { logical: database.embedded });
  console.log(`Backup written: ${file} (${(bytes / 1024 / 1024).toFixed(1)} MB)`);
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await database.stop();
}
