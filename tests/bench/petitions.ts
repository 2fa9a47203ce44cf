// The petition list under load (issue 16): the office's list filtered by year and lead unit (newest first), on
// 50,000 petitions over ten years — beside the same page written out as one SQL statement (the list's columns,
// the first petitioners' names, the active units) and its count, through pg at the same concurrency.
import type pg from "pg";
import { UNIT_NAMES } from "@/tests/bench/suggestions-seed";
import { cookieFor, getJson, load, p95Row, ratioRow, type BenchContext, type TargetRow } from "@/tests/bench/context";

const PAGE_SIZE = 20;

// listPetitions' where (lib/petitions/list.ts): the township, the year of receipt, an active assignment to the unit.
const WHERE = `p."townshipId" = $1 AND p."receivedOn" >= $2::date AND p."receivedOn" < $3::date
  AND EXISTS (SELECT 1 FROM "PetitionAssignment" a WHERE a."petitionId" = p."id" AND a."unitId" = $4 AND a."active")`;

/** The page with what the list shows (summarySelect): the first three names, their count, the active units. */
const PAGE_SQL = `SELECT p."id", p."number", p."channel", p."category", p."subject", p."receivedOn", p."state", p."collective",
    p."visitorCount", p."dueDate", p."onBehalfOf", p."version",
    (SELECT array_agg(x."name") FROM (SELECT "name" FROM "Petitioner" WHERE "petitionId" = p."id" ORDER BY "position" LIMIT 3) x) AS "names",
    (SELECT count(*)::int FROM "Petitioner" WHERE "petitionId" = p."id") AS "petitioners",
    (SELECT json_agg(json_build_object('id', u."id", 'name', u."name", 'lead', a."lead"))
       FROM "PetitionAssignment" a JOIN "HandlingUnit" u ON u."id" = a."unitId" WHERE a."petitionId" = p."id" AND a."active") AS "units"
  FROM "Petition" p WHERE ${WHERE} ORDER BY p."receivedOn" DESC, p."number" DESC, p."id" DESC LIMIT $5`;
const COUNT_SQL = `SELECT count(*)::int AS n FROM "Petition" p WHERE ${WHERE}`;

async function pageAndCount(pool: pg.Pool, args: unknown[]): Promise<{ rows: number; total: number }> {
  const [page, count] = await Promise.all([pool.query(PAGE_SQL, [...args, PAGE_SIZE]), pool.query(COUNT_SQL, args)]);
  return { rows: page.rowCount ?? 0, total: count.rows[0].n };
}

type ListBody = { items?: unknown[]; total?: number };

export async function benchPetitionList(ctx: BenchContext): Promise<TargetRow[]> {
  const home = ctx.townships[0];
  const unitId = home.unitIds[0];
  const year = new Date().getUTCFullYear() - 1; // a whole, closed year
  const office = (await cookieFor(home.officeUserId, ctx.secret)).cookie;
  const args = [home.id, `${year}-01-01`, `${year + 1}-01-01`, unitId];
  const expected = await pageAndCount(ctx.pool, args);
  if (expected.total < PAGE_SIZE) throw new Error("The petitions data set is not as intended");
  const url = `${ctx.baseUrl}/api/v1/petitions?${new URLSearchParams({ year: String(year), unitId, pageSize: String(PAGE_SIZE) })}`;
  console.log(
    `\nPetitions, office: GET /api/v1/petitions?year=${year}&unitId=<township 1, ${UNIT_NAMES[0]}>&pageSize=${PAGE_SIZE} → ${expected.total} petitions`,
  );
  const api = await load(
    "API, petition list (year + unit)",
    async () => {
      const body = await getJson<ListBody>(url, office);
      if (body.items?.length !== PAGE_SIZE || body.total !== expected.total)
        throw new Error(`unexpected body: ${JSON.stringify(body).slice(0, 200)}`);
    },
    ctx.serverCpuMs,
  );
  const sql = await load("SQL (pg, page ‖ count)", async () => {
    if ((await pageAndCount(ctx.pool, args)).total !== expected.total) throw new Error("unexpected SQL result");
  });
  console.log(`  API p95 / SQL p95 = ${(api.p95 / sql.p95).toFixed(2)}`);
  return [p95Row("信访件列表（按年度+单位）p95", api, 50), ratioRow("信访件列表 API / SQL", api, sql)];
}
