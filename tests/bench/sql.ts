// The SQL that Prisma issues for GET /api/v1/deputies?groupId&q&status (captured from Prisma's query
// log), written out for the pg driver: the baseline the API is compared with.
import type pg from "pg";

export interface RosterParams {
  termId: string;
  q: string;
  groupId: string;
  status: string;
  townshipId: string;
  pageSize: number;
}

// deputyWhere + the township scope, exactly as in Prisma's SQL (ILIKE '%' || q || '%').
const WHERE = `d."termId" = $1 AND d."name" ILIKE ('%' || $2 || '%') AND d."groupId" = $3
  AND d."status" = CAST($4::text AS "DeputyStatus") AND d."townshipId" = $5`;

/** The page: Prisma reads the deputies, then their groups in a second query; here one LEFT JOIN. */
export const PAGE_SQL = `SELECT d.*, g."id" AS "group_id", g."name" AS "group_name" FROM "Deputy" d
  LEFT JOIN "RepresentativeGroup" g ON g."id" = d."groupId"
  WHERE ${WHERE} ORDER BY d."name" ASC, d."id" ASC LIMIT $6 OFFSET 0`;
export const COUNT_SQL = `SELECT COUNT(*)::int AS n FROM "Deputy" d WHERE ${WHERE}`;

const args = (p: RosterParams) => [p.termId, p.q, p.groupId, p.status, p.townshipId];

/** One roster request's worth of SQL: page and count in parallel, as listDeputies does with Promise.all. */
export async function rosterSql(pool: pg.Pool, p: RosterParams): Promise<{ rows: number; total: number }> {
  const [page, count] = await Promise.all([pool.query(PAGE_SQL, [...args(p), p.pageSize]), pool.query(COUNT_SQL, args(p))]);
  return { rows: page.rowCount ?? 0, total: count.rows[0].n };
}

/**
 * The request's whole chain as the API runs it (for the breakdown): session ⋈ user, then page,
 * count and the township's groups in parallel. Round trips, not SQL work, are what this adds.
 */
export async function requestChainSql(pool: pg.Pool, p: RosterParams & { sessionId: string }): Promise<void> {
  await pool.query(`SELECT s.*, u.* FROM "UserSession" s JOIN "User" u ON u."id" = s."userId" WHERE s."id" = $1`, [p.sessionId]);
  await Promise.all([
    pool.query(`SELECT d.* FROM "Deputy" d WHERE ${WHERE} ORDER BY d."name" ASC, d."id" ASC LIMIT $6 OFFSET 0`, [...args(p), p.pageSize]),
    pool.query(COUNT_SQL, args(p)),
    pool.query(`SELECT "id", "name" FROM "RepresentativeGroup" WHERE "townshipId" = $1`, [p.townshipId]),
  ]);
}

/** Server-side execution time of one query (median of `runs` EXPLAIN ANALYZE), in ms. */
export async function executionTime(pool: pg.Pool, sql: string, values: unknown[], runs = 7): Promise<{ execution: number; planning: number }> {
  const samples: { execution: number; planning: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const { rows } = await pool.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, values);
    const plan = rows[0]["QUERY PLAN"][0];
    samples.push({ execution: plan["Execution Time"], planning: plan["Planning Time"] });
  }
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { execution: mid(samples.map((s) => s.execution)), planning: mid(samples.map((s) => s.planning)) };
}

export const pageArgs = (p: RosterParams) => [...args(p), p.pageSize];
export const countArgs = args;
