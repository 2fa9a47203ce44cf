// The roster under load: GET /api/v1/deputies filtered by group and partial name, beside the same
// SQL through pg at the same concurrency, and the framework's floor (the same URL refused with 401
// before any database work); then a 5,000-row import.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { createBenchTownship, GROUP_NAMES, TOWNSHIPS, DEPUTIES_PER_TOWNSHIP } from "@/tests/bench/seed";
import { ms } from "@/tests/bench/load";
import {
  COUNT_SQL,
  countArgs,
  executionTime,
  PAGE_SQL,
  pageArgs,
  rosterSql,
  type RosterParams,
} from "@/tests/bench/sql";
import { rosterWorkbook } from "@/tests/bench/import-file";
import {
  CONCURRENCY,
  cookieFor,
  getJson,
  load,
  p95Row,
  ratioRow,
  type BenchContext,
  type TargetRow,
} from "@/tests/bench/context";

const SEARCH = "王"; // the commonest surname (~7 %): a few sitting deputies in each group of 50
const IMPORT_ROWS = 5000;

export async function benchRoster(ctx: BenchContext): Promise<TargetRow[]> {
  const home = ctx.townships[0];
  const { cookie } = await cookieFor(home.officeUserId, ctx.secret);
  const params: RosterParams = {
    q: SEARCH,
    groupId: home.groupIds[0],
    status: "SITTING",
    townshipId: home.id,
    pageSize: 20,
  };
  const url = `${ctx.baseUrl}/api/v1/deputies?${new URLSearchParams({ groupId: params.groupId, q: SEARCH, status: "SITTING", pageSize: "20" })}`;
  const expected = await rosterSql(ctx.pool, params);
  if (expected.total < 3)
    throw new Error(`The search "${SEARCH}" matches only ${expected.total} deputies; the data set is not as intended`);
  console.log(
    `\nRoster: GET /api/v1/deputies?groupId=<township 1, ${GROUP_NAMES[0]}>&q=${SEARCH}&status=SITTING&pageSize=20 → ${expected.total} of ${DEPUTIES_PER_TOWNSHIP / GROUP_NAMES.length} deputies`,
  );

  const api = await load(
    "API (next start, fetch keep-alive)",
    async () => {
      const body = await getJson<{ items?: unknown[]; total?: number }>(url, cookie);
      if (!body.items?.length || body.total !== expected.total)
        throw new Error(`unexpected body: ${JSON.stringify(body).slice(0, 200)}`);
    },
    ctx.serverCpuMs,
  );
  const floor = await load(
    "Floor: same URL, no cookie → 401",
    async () => {
      await getJson(url, null, 401);
    },
    ctx.serverCpuMs,
  );
  const sqlTask = (prepared: boolean) => async () => {
    const r = await rosterSql(ctx.pool, params, prepared);
    if (r.total !== expected.total || !r.rows) throw new Error("unexpected SQL result");
  };
  const sql = await load("SQL (pg, page ‖ count)", sqlTask(false));
  const prepared = await load("SQL, prepared (as the app runs it)", sqlTask(true));
  console.log(`  The SQL side runs at the same concurrency (${CONCURRENCY} clients, pool of 10 like the app's).`);
  console.log(
    `  API p95 / SQL p95 = ${(api.p95 / sql.p95).toFixed(2)}   (vs. prepared statements: ${(api.p95 / prepared.p95).toFixed(2)})`,
  );
  console.log(
    `  Floor p95 / SQL p95 = ${(floor.p95 / sql.p95).toFixed(2)}: Next.js routing and a response alone, no session, query or JSON work`,
  );
  const page = await executionTime(ctx.pool, PAGE_SQL, pageArgs(params));
  const count = await executionTime(ctx.pool, COUNT_SQL, countArgs(params));
  console.log(
    `  Single query, EXPLAIN ANALYZE (median of 7): page ${ms(page.execution)} exec + ${ms(page.planning)} plan; count ${ms(count.execution)} exec + ${ms(count.planning)} plan`,
  );
  return [p95Row("名册 API p95", api, 100), ratioRow("名册 API p95 / SQL p95", api, sql)];
}

/** A fresh township with its own current term and groups, the file built beforehand; the import timed. */
export async function benchImport(): Promise<TargetRow[]> {
  const target = await createBenchTownship(TOWNSHIPS + 1, "导入测试镇");
  const buffer = await rosterWorkbook(TOWNSHIPS + 1, IMPORT_ROWS, GROUP_NAMES);
  const actor: Actor = {
    userId: target.officeUserId,
    sessionId: "bench",
    townshipId: target.id,
    username: `bench-office-${TOWNSHIPS + 1}`,
    displayName: "导入测试镇人大办",
    role: "OFFICE",
    deputyId: null,
    unitId: null,
    mustChangePassword: false,
    requestId: "bench",
    ip: null,
  };
  const { importDeputies } = await import("@/lib/roster/import");
  const t = performance.now();
  const result = await importDeputies(actor, { buffer, filename: "代表名册.xlsx" });
  const seconds = (performance.now() - t) / 1000;
  const [written, history] = await Promise.all([
    db.deputy.count({ where: { townshipId: target.id } }),
    db.deputyStatusChange.count({ where: { townshipId: target.id } }),
  ]);
  if (result.imported !== IMPORT_ROWS || written !== IMPORT_ROWS || history !== IMPORT_ROWS)
    throw new Error(
      `Import wrote ${written} deputies and ${history} status rows (reported ${result.imported}), expected ${IMPORT_ROWS}`,
    );
  console.log(
    `\nImport: ${IMPORT_ROWS} rows (.xlsx, ${(buffer.length / 1024).toFixed(0)} KB) parsed, validated and written in ${seconds.toFixed(2)} s; ${written} deputies verified`,
  );
  return [
    { label: `导入 ${IMPORT_ROWS} 行`, target: "< 10 s", measured: `${seconds.toFixed(2)} s`, met: seconds < 10 },
  ];
}
