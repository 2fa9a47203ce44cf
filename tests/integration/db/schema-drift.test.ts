import { describe, expect, it } from "vitest";
import pg from "pg";
import { diffSchemas, readSchema } from "@/lib/db/schema-diff";
import { dropDatabase, recreateDatabase, withDatabaseName } from "@/lib/db/database";
import { migrate } from "@/lib/db/migrate";

/** Everything Prisma's schema decides, read from PostgreSQL's catalogs, in a stable order. */
async function catalog(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const q = async (sql: string) => (await client.query(sql)).rows;
    return {
      tables: await q(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1`,
      ),
      columns:
        await q(`SELECT table_name, column_name, data_type, udt_name, character_maximum_length, numeric_precision, datetime_precision, is_nullable, column_default
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1, 2`),
      // Objects named *_manual are hand-written in migrations (what Prisma cannot express); see docs/decisions.md.
      indexes: await q(
        `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' AND indexname NOT LIKE '%\\_manual' ORDER BY 1, 2`,
      ),
      constraints:
        await q(`SELECT rel.relname AS table_name, con.conname, con.contype, pg_get_constraintdef(con.oid) AS definition
        FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace n ON n.oid = rel.relnamespace
        WHERE n.nspname = 'public' AND rel.relname <> '_prisma_migrations' AND con.conname NOT LIKE '%\\_manual' ORDER BY 1, 2`),
      enums: await q(
        `SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid ORDER BY 1, 3`,
      ),
    };
  } finally {
    await client.end();
  }
}

describe("migrations and the schema (prisma/schema/)", () => {
  it("produce the same database: tables, columns, types, nullability, defaults, indexes, uniques, foreign keys and enums", async () => {
    const base = process.env.DATABASE_URL!;
    const name = decodeURIComponent(new URL(base).pathname.slice(1));
    const expectedUrl = withDatabaseName(base, `${name}_drift_schema`);
    const actualUrl = withDatabaseName(base, `${name}_drift_migrations`);
    await recreateDatabase(expectedUrl);
    await recreateDatabase(actualUrl);

    const sql = await diffSchemas(null, readSchema(), base);
    const client = new pg.Client({ connectionString: expectedUrl });
    await client.connect();
    await client.query(sql);
    await client.end();
    await migrate(actualUrl);

    const [expected, actual] = await Promise.all([catalog(expectedUrl), catalog(actualUrl)]);
    expect(expected.tables.length).toBeGreaterThan(5);
    expect(actual.tables).toEqual(expected.tables);
    expect(actual.columns).toEqual(expected.columns);
    expect(actual.indexes).toEqual(expected.indexes);
    expect(actual.constraints).toEqual(expected.constraints);
    expect(actual.enums).toEqual(expected.enums);
    await Promise.all([dropDatabase(expectedUrl), dropDatabase(actualUrl)]);
  }, 120_000);
});
