// The SQL that GET /api/v1/deputies?groupId&q&status runs (lib/roster/deputies.ts, listDeputies),
// written out for the pg driver: the baseline the API is compared with.
import type pg from "pg";

export interface RosterParams {
  q: string;
  groupId: string;
  status: string;
  townshipId: string;
  pageSize: number;
}

// deputySqlWhere: the township, its current term, the name pattern (ILIKE '%王%'), group and status.
const WHERE = `d."townshipId" = $1::uuid
  AND d."termId" IN (SELECT t."id" FROM "Term" t WHERE t."townshipId" = $1::uuid AND t."isCurrent")
  AND d."name" ILIKE $2 AND d."groupId" = $3::uuid AND d."status" = $4::"DeputyStatus"`;

/** The page with each deputy's group joined in, as listDeputies reads it. */
export const PAGE_SQL = `SELECT d.*, CASE WHEN g."id" IS NULL THEN NULL ELSE json_build_object('id', g."id", 'name', g."name") END AS "group"
  FROM "Deputy" d LEFT JOIN "RepresentativeGroup" g ON g."id" = d."groupId"
  WHERE ${WHERE} ORDER BY d."name" ASC, d."id" ASC LIMIT $5 OFFSET 0`;
export const COUNT_SQL = `SELECT count(*)::int AS n FROM "Deputy" d WHERE ${WHERE}`;

export const countArgs = (p: RosterParams) => [p.townshipId, `%${p.q}%`, p.groupId, p.status];
export const pageArgs = (p: RosterParams) => [...countArgs(p), p.pageSize];

/**
 * One roster request's worth of SQL: the page and the count in parallel (the API skips the count
 * when the page shows the end of the list; the baseline always pays for it). `prepared` runs them
 * as named statements, as the app does (lib/db/statements.ts).
 */
export async function rosterSql(
  pool: pg.Pool,
  p: RosterParams,
  prepared = false,
): Promise<{ rows: number; total: number }> {
  const [page, count] = await Promise.all([
    pool.query({ text: PAGE_SQL, values: pageArgs(p), ...(prepared ? { name: "bench_page" } : {}) }),
    pool.query({ text: COUNT_SQL, values: countArgs(p), ...(prepared ? { name: "bench_count" } : {}) }),
  ]);
  return { rows: page.rowCount ?? 0, total: count.rows[0].n };
}

/** Server-side execution time of one query (median of `runs` EXPLAIN ANALYZE), in ms. */
export async function executionTime(
  pool: pg.Pool,
  sql: string,
  values: unknown[],
  runs = 7,
): Promise<{ execution: number; planning: number }> {
  const samples: { execution: number; planning: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const { rows } = await pool.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, values);
    const plan = rows[0]["QUERY PLAN"][0];
    samples.push({ execution: plan["Execution Time"], planning: plan["Planning Time"] });
  }
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { execution: mid(samples.map((s) => s.execution)), planning: mid(samples.map((s) => s.planning)) };
}
