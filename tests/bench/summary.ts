// The annual summary under the county's data (issue 18, "Performance"): GET /api/v1/summary/{year} for township 1
// (ten years of suggestions, petitions, rectification tasks, sessions, meetings, reception days, trainings, group
// activities and duty entries), one request at a time — beside the SQL it runs: the statements the summary sends,
// captured once in this process through Prisma's query events and replayed through pg one after another (their sum:
// what the database alone costs, without the round trips run in parallel). Then the drafted report .docx, when the
// route answers 200 (issue 18, point 3; target < 1 s).
import os from "node:os";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { runLoad, summarize, ms, type Summary } from "@/tests/bench/load";
import { cookieFor, getJson, type BenchContext, type TargetRow } from "@/tests/bench/context";

const WARMUP = 20;
const RUNS = Number(process.env.BENCH_SUMMARY_RUNS ?? 100);
const CAP_MS = 60_000;

interface Captured {
  query: string;
  params: unknown[];
}

/** The statements yearSummary sends for one township-year, captured from a client of its own. */
async function captureStatements(url: string, townshipId: string, year: number): Promise<Captured[]> {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: 10 }),
    log: [{ emit: "event", level: "query" }],
  });
  const seen: Captured[] = [];
  client.$on("query", (e) => seen.push({ query: e.query, params: JSON.parse(e.params) as unknown[] }));
  const global = globalThis as unknown as { __db?: PrismaClient };
  const before = global.__db;
  global.__db = client;
  try {
    const { yearSummary } = await import("@/lib/year/summary");
    await yearSummary(townshipId, year); // warm: a running server has the settings cached
    seen.length = 0;
    await yearSummary(townshipId, year);
  } finally {
    global.__db = before;
    await client.$disconnect();
  }
  return seen;
}

const line = (label: string, s: Summary) =>
  console.log(`  ${label.padEnd(36)} p50 ${ms(s.p50).padStart(9)}  p95 ${ms(s.p95).padStart(9)}  (n=${s.n})`);

async function sequential(label: string, task: () => Promise<void>): Promise<Summary> {
  const warm = await runLoad(WARMUP, 1, CAP_MS, task);
  if (warm.errors) throw new Error(`${label}: warm-up failed: ${warm.firstError}`);
  const run = await runLoad(RUNS, 1, CAP_MS, task);
  if (run.errors) throw new Error(`${label}: ${run.errors} failed, first: ${run.firstError}`);
  const s = summarize(run);
  line(label, s);
  return s;
}

export async function benchSummary(ctx: BenchContext, databaseUrl: string): Promise<TargetRow[]> {
  const home = ctx.townships[0];
  const year = new Date().getUTCFullYear() - 1; // a whole, closed year
  const office = (await cookieFor(home.officeUserId, ctx.secret)).cookie;
  const url = `${ctx.baseUrl}/api/v1/summary/${year}`;
  const statements = await captureStatements(databaseUrl, home.id, year);
  const load = os.loadavg().map((l) => l.toFixed(1));
  console.log(
    `\nAnnual summary, office: GET /api/v1/summary/${year} (township 1; ${statements.length} SQL statements, two years) — load average ${load.join(" ")}`,
  );
  const api = await sequential("API, summary JSON", async () => {
    const body = await getJson<{ year?: number; figures?: unknown[] }>(url, office);
    if (body.year !== year || !body.figures?.length)
      throw new Error(`unexpected body: ${JSON.stringify(body).slice(0, 200)}`);
  });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let sql: Summary;
  try {
    sql = await sequential("SQL (its statements, one by one)", async () => {
      for (const s of statements) await client.query(s.query, s.params);
    });
  } finally {
    await client.end();
  }
  console.log(`  API p50 / SQL p50 = ${(api.p50 / sql.p50).toFixed(2)}`);
  const rows: TargetRow[] = [
    { label: "年度总结 JSON p50", target: "< 200 ms", measured: ms(api.p50), met: api.p50 < 200 },
    { label: "年度总结 JSON p95", target: "< 200 ms", measured: ms(api.p95), met: api.p95 < 200 },
    { label: "年度总结 API / SQL（p50）", target: "—", measured: (api.p50 / sql.p50).toFixed(2), met: true },
  ];

  const docxUrl = `${url}/report.docx?kind=summary`;
  const probe = await fetch(docxUrl, { headers: { cookie: office } });
  await probe.arrayBuffer();
  if (probe.status !== 200) {
    console.log(`  report.docx: HTTP ${probe.status}, not timed (the drafted report's route is not there yet)`);
    return rows;
  }
  const docx = await sequential("API, drafted report .docx", async () => {
    const res = await fetch(docxUrl, { headers: { cookie: office } });
    const bytes = Buffer.from(await res.arrayBuffer());
    if (res.status !== 200 || bytes.subarray(0, 2).toString("latin1") !== "PK") throw new Error(`HTTP ${res.status}`);
  });
  rows.push({ label: "年度工作总结 .docx p95", target: "< 1 s", measured: ms(docx.p95), met: docx.p95 < 1000 });
  return rows;
}
