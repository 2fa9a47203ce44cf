// A unit's one inbox under load (issue 16): GET /api/v1/inbox as the busiest unit of township 1, across every
// kind the route registers (suggestions, rectification tasks, petitions), on ten years of records — beside the
// very statements lib/inbox/read.ts runs (unitInboxStatements: the counts, then the page), through pg at the same
// concurrency.
import { unitInboxStatements } from "@/lib/inbox/read";
import { UNIT_NAMES } from "@/tests/bench/suggestions-seed";
import { cookieFor, getJson, load, p95Row, ratioRow, type BenchContext, type TargetRow } from "@/tests/bench/context";
// The route's own imports register the sources: the baseline counts exactly the kinds the API serves.
import "@/app/api/v1/inbox/route";

const PAGE_SIZE = 20;

type InboxBody = { items?: { kind: string }[]; total?: number };

export async function benchInbox(ctx: BenchContext): Promise<TargetRow[]> {
  const home = ctx.townships[0];
  const unit = (await cookieFor(home.unitUserId, ctx.secret)).cookie;
  const statements = unitInboxStatements({
    townshipId: home.id,
    unitId: home.unitIds[0],
    skip: 0,
    take: PAGE_SIZE,
  })!;
  const sql = async () => {
    const { rows: counts } = await ctx.pool.query<{ total: number; open: number }>(
      statements.counts.text,
      statements.counts.values,
    );
    const page = statements.page(counts[0])!;
    const { rows } = await ctx.pool.query<{ kind: string }>(page.text, page.values);
    return { rows: rows.length, total: counts[0].total };
  };
  const expected = await sql();
  // Every row of the unit, by kind (a unit belongs to one township).
  const { rows: kinds } = await ctx.pool.query<{ kind: string; n: number }>(
    `SELECT 'suggestion' AS kind, count(*)::int AS n FROM "SuggestionAssignment" WHERE "unitId" = $1 AND "active"
     UNION ALL SELECT 'rectification', count(*)::int FROM "RectificationTask" WHERE "unitId" = $1
     UNION ALL SELECT 'petition', count(*)::int FROM "PetitionAssignment" WHERE "unitId" = $1 AND "active"`,
    [home.unitIds[0]],
  );
  if (expected.rows !== PAGE_SIZE || kinds.filter((k) => k.n > 0).length < 2)
    throw new Error("The inbox data set is not as intended");
  console.log(
    `\nUnit inbox, every kind: GET /api/v1/inbox?pageSize=${PAGE_SIZE} as ${UNIT_NAMES[0]} of township 1 → ${expected.total} items (${kinds.map((k) => `${k.kind} ${k.n}`).join(", ")})`,
  );
  const api = await load(
    "API, unit inbox (all kinds)",
    async () => {
      const body = await getJson<InboxBody>(`${ctx.baseUrl}/api/v1/inbox?pageSize=${PAGE_SIZE}`, unit);
      if (body.items?.length !== PAGE_SIZE || body.total !== expected.total)
        throw new Error(`unexpected body: ${JSON.stringify(body).slice(0, 200)}`);
    },
    ctx.serverCpuMs,
  );
  const base = await load("SQL (pg, the same statements)", async () => {
    if ((await sql()).total !== expected.total) throw new Error("unexpected SQL result");
  });
  console.log(`  API p95 / SQL p95 = ${(api.p95 / base.p95).toFixed(2)}`);
  return [p95Row("承办单位收件箱（全部类型）p95", api, 50), ratioRow("收件箱（全部类型）API / SQL", api, base)];
}
