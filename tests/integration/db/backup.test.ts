// npm run db:backup / db:restore: a populated database, dumped and restored into a fresh one, has
// every table with the same rows (count and checksum), the migration history and the audit triggers.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { backupDatabase, restoreDatabase } from "@/lib/db/backup";
import { dropDatabase, recreateDatabase, withDatabaseName } from "@/lib/db/database";
import { authenticate } from "@/lib/auth/login";
import { newSuggestion, setup, submit } from "@/tests/integration/suggestions/helpers";
import { fingerprint } from "@/tests/integration/db/fingerprint";

describe("backup and restore", () => {
  it("restores every table's rows into a fresh database, with the migration history and the audit triggers", async () => {
    const w = await setup();
    for (let i = 0; i < 3; i++)
      await submit(w.cookie.DEPUTY, newSuggestion(w.categoryId, { title: `备份测试建议${i}` }));
    await authenticate({ username: "nobody", password: "wrong-password-1", ip: "10.0.0.9" });
    const source = process.env.DATABASE_URL!;
    const before = await fingerprint(source);
    expect(before.Suggestion.rows).toBe(3);
    expect(before.AuditLog.rows).toBeGreaterThan(3);
    expect(before._prisma_migrations.rows).toBeGreaterThan(0);

    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "backup-")), "township.dump");
    const target = withDatabaseName(source, `${new URL(source).pathname.slice(1)}_restore`);
    await recreateDatabase(target);
    try {
      expect(await backupDatabase(source, file)).toBeGreaterThan(1000);
      await restoreDatabase(target, file);
      expect(await fingerprint(target)).toEqual(before);
      // The audit table is append-only in the copy too.
      const client = new pg.Client({ connectionString: target });
      await client.connect();
      await expect(client.query(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
      await expect(client.query(`DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only/);
      await client.end();
      // A second restore over a database that has data is refused unless asked to replace it.
      await expect(restoreDatabase(target, file)).rejects.toThrow(/not empty/);
    } finally {
      await dropDatabase(target).catch(() => {});
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  }, 120_000);
});
