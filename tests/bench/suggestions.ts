// The suggestions lists under load, on ten years of records: the office's list filtered by year and
// unit (newest first), and a unit's inbox (everything assigned to it, open ones first by due day),
// each beside the same SQL run through pg at the same concurrency.
import type pg from "pg";
import { UNIT_NAMES } from "@/tests/bench/suggestions-seed";
import { cookieFor, getJson, load, p95Row, ratioRow, type BenchContext, type TargetRow } from "@/tests/bench/context";

const PAGE_SIZE = 20;

// listSuggestions' where for each list (the township scope, the filters, an active assignment).
const OFFICE_WHERE = `s."townshipId" = $1 AND s."year" = $2
  AND EXISTS (SELECT 1 FROM "SuggestionAssignment" a WHERE a."suggestionId" = s."id" AND a."townshipId" = $1 AND a."unitId" = $3 AND a."active")`;
const INBOX_WHERE = `s."townshipId" = $1
  AND EXISTS (SELECT 1 FROM "SuggestionAssignment" a WHERE a."suggestionId" = s."id" AND a."townshipId" = $1 AND a."unitId" = $2 AND a."active")`;

const NEWEST_FIRST = `s."createdAt" DESC, s."id" ASC`;
// The inbox's order (lib/suggestions/inbox.ts): being handled first, soonest due first, then the finished ones.
const OPEN = `s."state" IN ('ASSIGNED', 'REHANDLING')`;
const DUE = `COALESCE(s."delayedTo", s."deadline")`;
const INBOX_ORDER = `(${OPEN}) DESC, CASE WHEN ${OPEN} THEN ${DUE} END ASC, ${DUE} DESC NULLS LAST, s."number" ASC NULLS LAST, s."id" ASC`;

/** The page with what the list shows (category, lead unit, lead proposer) in one statement. */
const pageSql = (
  where: string,
  order: string,
  limitParam: number,
) => `SELECT s."id", s."kind", s."number", s."title", s."state", s."year", s."deadline", s."delayedTo", s."createdAt", s."signedOffAt",
    c."name" AS "category", u."id" AS "unitId", u."name" AS "unitName", d."name" AS "leadProposer"
  FROM "Suggestion" s
  JOIN "SuggestionCategory" c ON c."id" = s."categoryId"
  LEFT JOIN "HandlingUnit" u ON u."id" = s."leadUnitId"
  LEFT JOIN "SuggestionProposer" p ON p."suggestionId" = s."id" AND p."lead"
  LEFT JOIN "Deputy" d ON d."id" = p."deputyId"
  WHERE ${where} ORDER BY ${order} LIMIT $${limitParam}`;
const countSql = (where: string) => `SELECT COUNT(*)::int AS n FROM "Suggestion" s WHERE ${where}`;

async function pageAndCount(
  pool: pg.Pool,
  where: string,
  order: string,
  args: unknown[],
): Promise<{ rows: number; total: number }> {
  const [page, count] = await Promise.all([
    pool.query(pageSql(where, order, args.length + 1), [...args, PAGE_SIZE]),
    pool.query(countSql(where), args),
  ]);
  return { rows: page.rowCount ?? 0, total: count.rows[0].n };
}

type ListBody = { items?: unknown[]; total?: number };

export async function benchSuggestions(ctx: BenchContext): Promise<TargetRow[]> {
  const home = ctx.townships[0];
  const unitId = home.unitIds[0];
  const year = new Date().getUTCFullYear() - 1; // a whole, closed year
  const office = (await cookieFor(home.officeUserId, ctx.secret)).cookie;
  const unit = (await cookieFor(home.unitUserId, ctx.secret)).cookie;

  const officeArgs = [home.id, year, unitId];
  const officeExpected = await pageAndCount(ctx.pool, OFFICE_WHERE, NEWEST_FIRST, officeArgs);
  const officeUrl = `${ctx.baseUrl}/api/v1/suggestions?${new URLSearchParams({ year: String(year), unitId, pageSize: String(PAGE_SIZE) })}`;
  const inboxArgs = [home.id, unitId];
  const inboxExpected = await pageAndCount(ctx.pool, INBOX_WHERE, INBOX_ORDER, inboxArgs);
  const inboxUrl = `${ctx.baseUrl}/api/v1/suggestions/inbox?pageSize=${PAGE_SIZE}`;
  if (officeExpected.total < PAGE_SIZE || inboxExpected.total < 10 * PAGE_SIZE)
    throw new Error("The suggestions data set is not as intended");

  const check = (expected: { total: number }) => (body: ListBody) => {
    if (body.items?.length !== PAGE_SIZE || body.total !== expected.total)
      throw new Error(`unexpected body: ${JSON.stringify(body).slice(0, 200)}`);
  };
  console.log(
    `\nSuggestions, office: GET /api/v1/suggestions?year=${year}&unitId=<township 1, ${UNIT_NAMES[0]}>&pageSize=${PAGE_SIZE} → ${officeExpected.total} suggestions`,
  );
  const officeApi = await load(
    "API, office list (year + unit)",
    async () => check(officeExpected)(await getJson<ListBody>(officeUrl, office)),
    ctx.serverCpuMs,
  );
  const officeSql = await load("SQL (pg, page ‖ count)", async () => {
    const r = await pageAndCount(ctx.pool, OFFICE_WHERE, NEWEST_FIRST, officeArgs);
    if (r.total !== officeExpected.total) throw new Error("unexpected SQL result");
  });
  console.log(`  API p95 / SQL p95 = ${(officeApi.p95 / officeSql.p95).toFixed(2)}`);

  console.log(
    `\nSuggestions, unit inbox: GET /api/v1/suggestions/inbox?pageSize=${PAGE_SIZE} as ${UNIT_NAMES[0]} → ${inboxExpected.total} suggestions over ten years`,
  );
  const inboxApi = await load(
    "API, unit inbox",
    async () => check(inboxExpected)(await getJson<ListBody>(inboxUrl, unit)),
    ctx.serverCpuMs,
  );
  const inboxSql = await load("SQL (pg, page ‖ count)", async () => {
    const r = await pageAndCount(ctx.pool, INBOX_WHERE, INBOX_ORDER, inboxArgs);
    if (r.total !== inboxExpected.total) throw new Error("unexpected SQL result");
  });
  console.log(`  API p95 / SQL p95 = ${(inboxApi.p95 / inboxSql.p95).toFixed(2)}`);

  return [
    // Issue 16: the office's suggestion list answers in under 50 ms at 10 clients, as the inbox and petition list.
    p95Row("建议列表（按年度+单位）p95", officeApi, 50),
    ratioRow("建议列表 API p95 / SQL p95", officeApi, officeSql),
    p95Row("承办单位收件箱 p95", inboxApi, 150),
    ratioRow("收件箱 API p95 / SQL p95", inboxApi, inboxSql),
  ];
}
