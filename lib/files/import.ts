// Files from before the file store: session documents and deputy photos used to be kept on disk
// under UPLOAD_DIR/<key>, their rows holding the key. `importUploadDir` copies each such file into
// StoredFile under the same key, once: `npm run db:migrate` and `npm start` run it after the
// migrations, on the machine that holds UPLOAD_DIR. It is idempotent (keys already stored are
// skipped) and reads one file at a time; files on disk are left in place for the office to archive.
import fsp from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { sha256Of } from "@/lib/files/store";

/** A column that holds file keys, in a table with `townshipId`. */
export interface KeyColumn {
  table: string;
  column: string;
}

export interface ImportResult {
  imported: number;
  /** Keys named by a row whose file is neither stored nor on disk. */
  missing: string[];
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The absolute path of `key` under `dir`, or null when the key would leave it. */
function pathOf(dir: string, key: string): string | null {
  const root = path.resolve(dir);
  const full = path.resolve(root, key);
  return full.startsWith(root + path.sep) ? full : null;
}

async function readOrNull(file: string | null): Promise<Buffer | null> {
  if (!file) return null;
  try {
    return await fsp.readFile(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw err;
  }
}

/** Copies into StoredFile every file that a row of `columns` names and that is only on disk under `dir`. */
export async function importUploadDir(url: string, dir: string, columns: KeyColumn[]): Promise<ImportResult> {
  const result: ImportResult = { imported: 0, missing: [] };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const { table, column } of columns) {
      const { rows } = await client.query<{ key: string; townshipId: string }>(
        `SELECT DISTINCT t.${ident(column)} AS key, t."townshipId" FROM ${ident(table)} t
          WHERE t.${ident(column)} IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM "StoredFile" f WHERE f."key" = t.${ident(column)})`,
      );
      for (const { key, townshipId } of rows) {
        const bytes = await readOrNull(pathOf(dir, key));
        if (!bytes) {
          result.missing.push(key);
          continue;
        }
        const { rowCount } = await client.query(
          `INSERT INTO "StoredFile" ("key", "townshipId", "size", "sha256", "bytes") VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT ("key") DO NOTHING`,
          [key, townshipId, bytes.length, sha256Of(bytes), bytes],
        );
        result.imported += rowCount ?? 0;
      }
    }
  } finally {
    await client.end();
  }
  return result;
}
