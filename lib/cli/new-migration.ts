// npm run db:migration:new -- <name> [--from <git-ref>]
// Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL from the schema at <git-ref>
// (default HEAD; an empty database when there are no migrations yet) to the working schema (prisma/schema/*.prisma).
// Review the file, add what Prisma cannot express (triggers, data moves), then run `npm test`:
// the drift test fails if the migrations and the schema disagree.
import fs from "node:fs";
import path from "node:path";
import { diffSchemas, readSchema, readSchemaAt } from "@/lib/db/schema-diff";
import { MIGRATIONS_DIR, readMigrations } from "@/lib/db/migrate";
import { ensureDatabase } from "@/lib/db/database";

const args = process.argv.slice(2);
const name = args.find((a) => !a.startsWith("--"));
const fromIdx = args.indexOf("--from");
const ref = fromIdx >= 0 ? args[fromIdx + 1] : "HEAD";
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration:new -- <name_in_snake_case> [--from <git-ref>]");
  process.exit(2);
}

const from = readMigrations().length === 0 ? null : readSchemaAt(ref);
const database = await ensureDatabase();
try {
  const sql = await diffSchemas(from, readSchema(), database.url);
  if (!sql.trim() || /^-- This is an empty migration/m.test(sql)) {
    console.log("The schema did not change: no migration written.");
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), sql);
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql — review it, then run npm test.`);
  }
} finally {
  await database.stop();
}
