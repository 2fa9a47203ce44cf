import pg from "pg";

/** Each table's row count and an order-independent checksum of its rows. */
export async function fingerprint(url: string): Promise<Record<string, { rows: number; md5: string | null }>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ t: string }>(
      "SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
    );
    const out: Record<string, { rows: number; md5: string | null }> = {};
    for (const { t } of tables) {
      const { rows } = await client.query<{ n: number; md5: string | null }>(
        `SELECT count(*)::int AS n, md5(string_agg(x::text, '|' ORDER BY x::text)) AS md5 FROM "${t}" x`,
      );
      out[t] = { rows: rows[0].n, md5: rows[0].md5 };
    }
    return out;
  } finally {
    await client.end();
  }
}
