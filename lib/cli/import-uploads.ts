// The disk files of installations from before the file store (lib/files/import.ts): which columns
// name them, and the step `npm run db:migrate` and `npm start` run after the migrations.
import fs from "node:fs";
import { readEnv } from "@/lib/env";
import { importUploadDir, type KeyColumn } from "@/lib/files/import";

/** Session documents and deputy photos were on disk; suggestion attachments always were in the database. */
export const DISK_KEY_COLUMNS: KeyColumn[] = [
  { table: "SessionDocument", column: "storageKey" },
  { table: "Deputy", column: "photoKey" },
];

/** Imports UPLOAD_DIR's files into the store, when there is an UPLOAD_DIR; says what it did. */
export async function importLegacyUploads(url: string, dir = readEnv().UPLOAD_DIR): Promise<void> {
  if (!fs.existsSync(dir)) return;
  const { imported, missing } = await importUploadDir(url, dir, DISK_KEY_COLUMNS);
  if (imported) console.log(`Files imported from ${dir} into the database: ${imported}`);
  if (missing.length)
    console.warn(`Files named in the database but missing from ${dir} (${missing.length}): ${missing.join(", ")}`);
}
