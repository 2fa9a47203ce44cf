// Mixed load: 50 concurrent clients for 60 s over five townships, each acting its role through the API as
// the browser does (same-origin writes, JSON): deputies submit suggestions and rate replies, the
// office registers and assigns them and marks session attendance, units reply, chairs read the
// figures and the lists. Counts every request by status; target: no 5xx, p95 < 200 ms.
//
// Two phases, one after the other, with the same clients. First at the load the issue measured (8,477
// requests in 60 s from 50 clients: each client starts a request every 50 ÷ 141 s ≈ 354 ms, at once when
// the last answer came later) — the target's p95 is read there. Then without pauses (each client sends
// its next request the moment an answer arrives): the server's capacity, where latency is 50 ÷ throughput
// by Little's law and measures how busy the machine is more than the app.
import crypto from "node:crypto";
import http from "node:http";
import os from "node:os";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { cookieFor, databaseCpuBetween, databaseCpuMs, type BenchContext, type TargetRow } from "@/tests/bench/context";
import { ms, percentile } from "@/tests/bench/load";
import type { SuggestionBenchTownship } from "@/tests/bench/suggestions-seed";

const CLIENTS = Number(process.env.BENCH_MIXED_CLIENTS ?? 50);
const DURATION_MS = Number(process.env.BENCH_MIXED_SECONDS ?? 60) * 1000;
/** The paced phase's offered load, requests a second over all clients: the issue's 8,477 in 60 s. */
const ISSUE_RATE = 8477 / 60;
const RATE = Number(process.env.BENCH_MIXED_RATE ?? ISSUE_RATE);
const WARMUP_MS = Number(process.env.BENCH_MIXED_WARMUP_SECONDS ?? 15) * 1000;
/** The clients are spread over this many townships (a county's offices work side by side)… */
const TOWNSHIPS_UNDER_LOAD = 5;
/** …each with these clients per role (10 a township: 50 in all). */
const MIX = { deputy: 4, office: 2, unit: 2, chair: 2 } as const;

interface Tally {
  latencies: number[];
  /** When each answer came, ms after the phase began (the p95 second by second). */
  at: number[];
  startedAt: number;
  byStatus: Map<number, number>;
  byKind: Map<string, number[]>;
  firstFailure: Map<number, string>;
}

type Version = { id: string; version: number };

/** Suggestions flow deputy → office → unit → back to their deputy for the rating. */
interface Pipeline {
  submitted: Version[];
  /** Assigned by the office, waiting for the chair's 签发. */
  toSign: Version[];
  assigned: Version[];
  replied: Map<string, Version[]>; // by the proposing deputy's user id
  proposerOf: Map<string, string>;
}

/**
 * The load generator shares the machine's two cores with the server and PostgreSQL, so it should spend as little
 * of them as it can: node:http over kept-alive connections costs it about half what `fetch` did per request.
 */
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function send(url: string, method: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const length = body === undefined ? {} : { "content-length": String(Buffer.byteLength(body)) };
    const req = http.request(url, { method, headers: { ...headers, ...length }, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** `current()`: the tally of the phase under way. */
function client(ctx: BenchContext, current: () => Tally) {
  return async function call<T>(kind: string, method: string, path: string, cookie: string, body?: unknown) {
    const tally = current();
    const headers: Record<string, string> = { cookie };
    if (method !== "GET") {
      headers.origin = ctx.baseUrl;
      headers["content-type"] = "application/json";
    }
    const t0 = performance.now();
    let status = 0;
    let data: T | null = null;
    try {
      const res = await send(
        `${ctx.baseUrl}${path}`,
        method,
        headers,
        body === undefined ? undefined : JSON.stringify(body),
      );
      status = res.status;
      try {
        data = JSON.parse(res.text) as T;
      } catch {
        data = null;
      }
    } catch (err) {
      if (!tally.firstFailure.has(0)) tally.firstFailure.set(0, `${kind}: ${(err as Error).message}`);
    }
    const elapsed = performance.now() - t0;
    tally.latencies.push(elapsed);
    tally.at.push(performance.now() - tally.startedAt);
    tally.byStatus.set(status, (tally.byStatus.get(status) ?? 0) + 1);
    (tally.byKind.get(kind) ?? tally.byKind.set(kind, []).get(kind)!).push(elapsed);
    if ((status < 200 || status >= 300) && !tally.firstFailure.has(status))
      tally.firstFailure.set(status, `${kind}: ${JSON.stringify(data).slice(0, 200)}`);
    return { status, data };
  };
}

async function accounts(ctx: BenchContext, home: SuggestionBenchTownship) {
  const hash = await hashPassword("Bench-Password-9");
  const deputies = await db.deputy.findMany({
    where: { townshipId: home.id, status: "SITTING" },
    select: { id: true },
    orderBy: { id: "asc" },
    take: 40,
  });
  const make = (role: "DEPUTY" | "CHAIR" | "UNIT", i: number, extra: { deputyId?: string; unitId?: string }) =>
    db.user.create({
      data: {
        townshipId: home.id,
        role,
        username: `bench-mixed-${role.toLowerCase()}-${i}-${crypto.randomUUID().slice(0, 6)}`,
        displayName: `压测${role}${i}`,
        passwordHash: hash,
        ...extra,
      },
    });
  const cookie = async (userId: string) => (await cookieFor(userId, ctx.secret)).cookie;
  const deputyUsers = await Promise.all(
    Array.from({ length: MIX.deputy }, (_, i) => make("DEPUTY", i, { deputyId: deputies[i].id })),
  );
  const chair = await make("CHAIR", 0, {});
  return {
    home,
    sittingIds: deputies.map((d) => d.id),
    deputies: await Promise.all(deputyUsers.map(async (u) => ({ userId: u.id, cookie: await cookie(u.id) }))),
    office: await Promise.all(Array.from({ length: MIX.office }, () => cookie(home.officeUserId))),
    unit: await Promise.all(Array.from({ length: MIX.unit }, () => cookie(home.unitUserId))),
    chair: await Promise.all(Array.from({ length: MIX.chair }, () => cookie(chair.id))),
    categoryId: (await db.suggestionCategory.findFirstOrThrow({ where: { townshipId: home.id } })).id,
  };
}

const pick = <T>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)];

type Call = ReturnType<typeof client>;

/** One township's clients: each a loop of its role's steps until `until()` has passed. */
async function townshipClients(ctx: BenchContext, call: Call, home: SuggestionBenchTownship, until: () => number) {
  const a = await accounts(ctx, home);
  const unitId = a.home.unitIds[0];
  const session = await call<{ id: string }>("setup", "POST", "/api/v1/sessions", a.office[0], {
    startDate: "2026-12-20",
    endDate: "2026-12-21",
    venue: "镇政府三楼会议室",
  });
  if (session.status !== 201 || !session.data) throw new Error(`mixed: could not create a session (${session.status})`);
  const sessionId = session.data.id;
  const flow: Pipeline = { submitted: [], toSign: [], assigned: [], replied: new Map(), proposerOf: new Map() };
  const year = new Date().getUTCFullYear();

  const deputy = async (me: { userId: string; cookie: string }, n: number) => {
    const mine = flow.replied.get(me.userId);
    const toRate = mine?.shift();
    if (toRate) {
      const rating = n % 4 ? "SATISFIED" : "BASICALLY_SATISFIED";
      await call("deputy rates", "POST", `/api/v1/suggestions/${toRate.id}/rating`, me.cookie, {
        rating,
        version: toRate.version,
      });
    } else if (n % 3 === 0) {
      const r = await call<Version>("deputy submits", "POST", "/api/v1/suggestions", me.cookie, {
        title: `关于村道路灯维护的建议（压测 ${n}）`,
        content: "村主干道路灯损坏较多，夜间出行不便，建议尽快组织维修并建立日常维护机制。",
        categoryId: a.categoryId,
      });
      if (r.status === 201 && r.data) {
        flow.submitted.push({ id: r.data.id, version: r.data.version });
        flow.proposerOf.set(r.data.id, me.userId);
      }
    } else await call("deputy lists own", "GET", "/api/v1/suggestions?pageSize=20", me.cookie);
  };

  const office = async (cookie: string, n: number) => {
    const next = flow.submitted.shift();
    if (next) {
      const reg = await call<Version>(
        "office registers",
        "POST",
        `/api/v1/suggestions/${next.id}/transitions`,
        cookie,
        {
          action: "register",
          version: next.version,
        },
      );
      if (reg.status !== 200 || !reg.data) return;
      const asg = await call<Version>("office assigns", "POST", `/api/v1/suggestions/${next.id}/transitions`, cookie, {
        action: "assign",
        leadUnitId: unitId,
        version: reg.data.version,
      });
      if (asg.status === 200 && asg.data) flow.toSign.push({ id: next.id, version: asg.data.version });
    } else if (n % 2 === 0) {
      const entries = Array.from({ length: 20 }, () => ({
        deputyId: pick(a.sittingIds),
        status: pick(["PRESENT", "PRESENT", "PRESENT", "LEAVE"]),
      }));
      const unique = [...new Map(entries.map((e) => [e.deputyId, e])).values()];
      await call("office marks attendance", "PUT", `/api/v1/sessions/${sessionId}/attendance`, cookie, {
        entries: unique,
      });
    } else await call("office lists", "GET", `/api/v1/suggestions?year=${year}&pageSize=20`, cookie);
  };

  const unit = async (cookie: string) => {
    const next = flow.assigned.shift();
    if (!next) return void (await call("unit inbox", "GET", "/api/v1/suggestions/inbox?pageSize=20", cookie));
    const r = await call<Version>("unit replies", "POST", `/api/v1/suggestions/${next.id}/transitions`, cookie, {
      action: "reply",
      replyClass: "A",
      note: "已组织维修，路灯恢复正常，并建立月度巡查制度。",
      version: next.version,
    });
    const proposer = flow.proposerOf.get(next.id);
    if (r.status === 200 && r.data && proposer)
      (flow.replied.get(proposer) ?? flow.replied.set(proposer, []).get(proposer)!).push({
        id: next.id,
        version: r.data.version,
      });
  };

  const chair = async (cookie: string, n: number) => {
    const batch = flow.toSign.splice(0, 10);
    if (batch.length) {
      const r = await call("chair signs off", "POST", "/api/v1/suggestions/sign-off", cookie, {
        ids: batch.map((b) => b.id),
      });
      // 签发 moves each one's version on by one; the units have them now.
      if (r.status === 200) flow.assigned.push(...batch.map((b) => ({ id: b.id, version: b.version + 1 })));
    } else if (n % 2) await call("chair reads figures", "GET", `/api/v1/suggestions/figures?year=${year}`, cookie);
    else await call("chair lists", "GET", `/api/v1/suggestions?pageSize=20`, cookie);
  };

  return [
    ...a.deputies.map((d) => (n: number) => deputy(d, n)),
    ...a.office.map((c) => (n: number) => office(c, n)),
    ...a.unit.map((c) => () => unit(c)),
    ...a.chair.map((c) => (n: number) => chair(c, n)),
  ].map((step) => async (paceMs: number) => {
    // Paced: a random start within the first cycle, so the clients do not all send at the same instant.
    if (paceMs) await sleep(Math.random() * paceMs);
    for (let n = 0; performance.now() < until(); n++) {
      const started = performance.now();
      await step(n);
      const rest = Math.min(paceMs - (performance.now() - started), until() - performance.now());
      if (rest > 0) await sleep(rest);
    }
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function benchMixed(ctx: BenchContext): Promise<TargetRow[]> {
  let tally = newTally();
  const call = client(ctx, () => tally);
  let end = Infinity;
  const workers = (
    await Promise.all(ctx.townships.slice(0, TOWNSHIPS_UNDER_LOAD).map((t) => townshipClients(ctx, call, t, () => end)))
  )
    .flat()
    .slice(0, CLIENTS);
  console.log(
    `\nMixed load: ${workers.length} clients for ${DURATION_MS / 1000} s over ${TOWNSHIPS_UNDER_LOAD} townships, each with deputies ${MIX.deputy}, office ${MIX.office}, units ${MIX.unit}, chairs ${MIX.chair}`,
  );
  const phase = async (label: string, paceMs: number, durationMs = DURATION_MS) => {
    tally = newTally();
    console.log(`\n  ${label}`);
    const statements = durationMs === DURATION_MS ? await statementStats(ctx) : null;
    end = performance.now() + durationMs;
    const cpuBefore = ctx.serverCpuMs();
    const dbBefore = await databaseCpuMs(ctx.pool);
    const clientBefore = process.cpuUsage();
    await Promise.all(workers.map((w) => w(paceMs)));
    const clientCpu = process.cpuUsage(clientBefore);
    const dbCpu = databaseCpuBetween(dbBefore, await databaseCpuMs(ctx.pool));
    const cpuAfter = ctx.serverCpuMs();
    // CPU time per request — the server's, PostgreSQL's backends' and this client's: figures that other
    // load on the machine barely changes. Their sum bounds the throughput on the machine's cores.
    const perRequest = (msTotal: number) => (msTotal / Math.max(1, tally.latencies.length)).toFixed(1);
    if (cpuBefore !== null && cpuAfter !== null)
      console.log(
        `  CPU per request: server ${perRequest(cpuAfter - cpuBefore)} ms, PostgreSQL ${dbBefore.size ? `${perRequest(dbCpu)} ms` : "n/a"}, bench client ${perRequest((clientCpu.user + clientCpu.system) / 1000)} ms`,
      );
    await statements?.print(tally.latencies.length);
    return durationMs === DURATION_MS ? report(tally) : { fiveXX: fiveXXOf(tally), p95: NaN };
  };
  // A server that has run for a while has loaded and compiled every route: first the same load for WARMUP_MS,
  // its figures discarded but its 5xx counted (the list parts warm up the same way, tests/bench/context.ts).
  const warm = await phase(
    `Warm-up: ${WARMUP_MS / 1000} s at the same load (not measured)`,
    (workers.length / RATE) * 1000,
    WARMUP_MS,
  );
  const paced = await phase(
    `At the issue's load: ${RATE.toFixed(0)} requests a second offered (each client one every ${Math.round((CLIENTS / RATE) * 1000)} ms)`,
    (workers.length / RATE) * 1000,
  );
  const saturated = await phase("Without pauses (capacity: latency = clients ÷ throughput)", 0);
  const fiveXX = warm.fiveXX + paced.fiveXX + saturated.fiveXX;
  return [
    { label: "混合负载 5xx 次数（全部）", target: "0", measured: String(fiveXX), met: fiveXX === 0 },
    {
      label: `混合负载 p95（每秒 ${RATE.toFixed(0)} 次）`,
      target: "< 200 ms",
      measured: ms(paced.p95),
      met: paced.p95 < 200,
    },
  ];
}

const newTally = (): Tally => ({
  latencies: [],
  at: [],
  startedAt: performance.now(),
  byStatus: new Map(),
  byKind: new Map(),
  firstFailure: new Map(),
});

/**
 * With BENCH_STATEMENTS=1 and PostgreSQL's pg_stat_statements loaded (shared_preload_libraries): the statements
 * that took the database's time during the run, most first, per request of the run. Null otherwise.
 */
async function statementStats(ctx: BenchContext) {
  if (process.env.BENCH_STATEMENTS !== "1") return null;
  try {
    await ctx.pool.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    await ctx.pool.query("SELECT pg_stat_statements_reset()");
  } catch (err) {
    console.log(`  (BENCH_STATEMENTS: pg_stat_statements is not available: ${(err as Error).message})`);
    return null;
  }
  return {
    async print(requests: number) {
      const { rows } = await ctx.pool.query<{ calls: string; total: number; mean: number; query: string }>(
        `SELECT calls, total_exec_time AS total, mean_exec_time AS mean, query FROM pg_stat_statements
         WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
         ORDER BY total_exec_time DESC LIMIT 25`,
      );
      const all = await ctx.pool.query<{ calls: string; total: number }>(
        `SELECT sum(calls) AS calls, sum(total_exec_time) AS total FROM pg_stat_statements
         WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      );
      const per = (v: number) => (v / Math.max(1, requests)).toFixed(2);
      console.log(
        `  statements: ${per(Number(all.rows[0].calls))} a request, ${per(all.rows[0].total)} ms of execution a request; the costliest:`,
      );
      for (const r of rows)
        console.log(
          `    ${per(r.total).padStart(6)} ms/req  ${String(r.calls).padStart(7)} × ${r.mean.toFixed(2).padStart(7)} ms  ${r.query.replace(/\s+/g, " ").slice(0, 160)}`,
        );
    },
  };
}

/** Prints the phase's figures; its 5xx (and network errors) and p95. */
function report(tally: Tally) {
  const all = tally.latencies;
  const statuses = [...tally.byStatus.entries()].sort((x, y) => x[0] - y[0]);
  const seconds = DURATION_MS / 1000;
  console.log(
    `  requests ${all.length} (${(all.length / seconds).toFixed(0)} a second), by status: ${statuses.map(([s, n]) => `${s || "network"} × ${n}`).join(", ")}`,
  );
  for (const [status, first] of tally.firstFailure) console.log(`  first ${status || "network error"}: ${first}`);
  for (const [kind, l] of [...tally.byKind.entries()].sort())
    console.log(
      `  ${kind.padEnd(26)} n=${String(l.length).padStart(6)}  p50 ${ms(percentile(l, 50)).padStart(9)}  p95 ${ms(percentile(l, 95)).padStart(9)}  p99 ${ms(percentile(l, 99)).padStart(9)}`,
    );
  const p = (q: number) => percentile(all, q);
  console.log(`  all requests               p50 ${ms(p(50))}  p95 ${ms(p(95))}  p99 ${ms(p(99))}`);
  const windows = Array.from({ length: Math.ceil(DURATION_MS / 10_000) }, (_, w) =>
    all.filter((_, i) => Math.floor(tally.at[i] / 10_000) === w),
  );
  console.log(`  p95 by 10 s: ${windows.map((l) => (l.length ? percentile(l, 95).toFixed(0) : "—")).join(" · ")} ms`);
  // Other work on the machine shows in every figure above: say how busy it was.
  const [one, five] = os.loadavg();
  console.log(
    `  machine load average ${one.toFixed(1)} (1 min), ${five.toFixed(1)} (5 min) on ${os.cpus().length} CPUs`,
  );
  return { fiveXX: fiveXXOf(tally), p95: p(95) };
}

/** Answers 500 and above, and requests that got no answer. */
const fiveXXOf = (tally: Tally) =>
  [...tally.byStatus].filter(([s]) => s >= 500 || s === 0).reduce((sum, [, n]) => sum + n, 0);
