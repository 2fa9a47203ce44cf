// The stored_files migration moves the attachments' bytes, already in PostgreSQL, into the file
// store under a key the attachment row then holds; nothing is lost on an existing installation.
import crypto from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { dropDatabase, recreateDatabase, withDatabaseName } from "@/lib/db/database";
import { migrate, readMigrations } from "@/lib/db/migrate";

const base = process.env.DATABASE_URL!;
const url = withDatabaseName(base, `${decodeURIComponent(new URL(base).pathname.slice(1))}_stored_files`);
afterAll(() => dropDatabase(url));

describe("migration stored_files", () => {
  it("moves each attachment's bytes into StoredFile under <township>/suggestions/<suggestion>/<attachment>", async () => {
    await recreateDatabase(url);
    const all = readMigrations();
    const at = all.findIndex((m) => m.name.endsWith("_stored_files"));
    expect(at).toBeGreaterThan(0);
    await migrate(url, all.slice(0, at));

    const ids = { township: crypto.randomUUID(), suggestion: crypto.randomUUID(), attachment: crypto.randomUUID() };
    const bytes = crypto.randomBytes(4096);
    const sha256 = crypto.createHash("sha256").update(bytes).digest("hex");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query("SET session_replication_role = replica"); // the row alone, without its suggestion
      await client.query(
        `INSERT INTO "SuggestionAttachment" ("id", "townshipId", "suggestionId", "filename", "mimeType", "size", "sha256", "bytes")
         VALUES ($1, $2, $3, '现场.png', 'image/png', $4, $5, $6)`,
        [ids.attachment, ids.township, ids.suggestion, bytes.length, sha256, bytes],
      );
      await client.query("SET session_replication_role = DEFAULT");
      await migrate(url, all);

      const key = `${ids.township}/suggestions/${ids.suggestion}/${ids.attachment}`;
      const { rows: attachments } = await client.query(`SELECT * FROM "SuggestionAttachment"`);
      expect(attachments).toHaveLength(1);
      expect(attachments[0]).toMatchObject({ storageKey: key, size: bytes.length, sha256 });
      expect(attachments[0]).not.toHaveProperty("bytes");
      const { rows: stored } = await client.query(`SELECT * FROM "StoredFile"`);
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({ key, townshipId: ids.township, size: bytes.length, sha256 });
      expect(Buffer.from(stored[0].bytes)).toEqual(bytes);
    } finally {
      await client.end();
    }
  });
});
