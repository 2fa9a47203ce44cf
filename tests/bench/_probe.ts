// Temporary: where does the roster API spend its time? (deleted after the investigation)
import pg from "pg";
import { encode } from "next-auth/jwt";
import { spawn } from "node:child_process";
import fs from "node:fs";
import { db } from "@/lib/db";
import { createSession, resolveSession } from "@/lib/auth/sessions";
import { runLoad, summarize, ms } from "@/tests/bench/load";
import { rosterSql } from "@/tests/bench/sql";

const url = "postgresql://postgres@127.0.0.1:5432/township_bench";
process.env.DATABASE_URL = url;
const SECRET = "bench-auth-secret-0123456789abcdefghij";
process.env.AUTH_SECRET = SECRET;
const mode = process.argv[2] ?? "http";
const t1 = await db.township.findUniqueOrThrow({ where: { code: "bench-01" } });
const user = await db.user.findFirstOrThrow({ where: { townshipId: t1.id, role: "OFFICE" } });
const term = await db.term.findFirstOrThrow({ where: { townshipId: t1.id, isCurrent: true } });
const group = await db.representativeGroup.findFirstOrThrow({ where: { townshipId: t1.id, name: "第一代表小组" } });
const sid = await createSession(user.id, "127.0.0.1");
const cookie = `next-auth.session-token=${await encode({ token: { sid }, secret: SECRET })}`;
const show = (label: string, s: ReturnType<typeof summarize>) => console.log(`${label.padEnd(44)} p50 ${ms(s.p50).padStart(9)} p95 ${ms(s.p95).padStart(9)} ${s.perSecond.toFixed(0).padStart(5)}/s`);
let serverPid = 0;
const cpuMs = (pid: number) => { if (!pid) return 0; const f = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" "); return (Number(f[11]) + Number(f[12])) * 10; };
async function bench(label: string, task: () => Promise<void>, n = 1000) {
  for (const c of [1, 10]) {
    await runLoad(50, c, 60_000, task);
    const cpu0 = cpuMs(serverPid), self0 = process.cpuUsage();
    const r = await runLoad(n, c, 60_000, task);
    const cpu = (cpuMs(serverPid) - cpu0) / r.latencies.length;
    const selfCpu = (process.cpuUsage(self0).user + process.cpuUsage(self0).system) / 1000 / r.latencies.length;
    if (r.errors) throw new Error(`${label}: ${r.firstError}`);
    show(`${label} c=${c}`, summarize(r));
    console.log(`   CPU per request: server ${cpu.toFixed(2)} ms, client/this process ${selfCpu.toFixed(2)} ms`);
  }
}
if (mode === "inproc") {
  const { listDeputies } = await import("@/lib/roster/deputies");
  const { DeputyListQuery } = await import("@/lib/roster/schema");
  const { actorFromToken } = await import("@/lib/auth/session");
  const { decode } = await import("next-auth/jwt");
  const token = cookie.split("=")[1];
  const q = DeputyListQuery.parse({ groupId: group.id, q: "王", status: "SITTING", pageSize: "20" });
  const actor = (await resolveSession(sid))!;
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  await bench("pg page‖count", async () => void (await rosterSql(pool, { termId: term.id, q: "王", groupId: group.id, status: "SITTING", townshipId: t1.id, pageSize: 20 })));
  await bench("jwt decode only", async () => void (await decode({ token, secret: SECRET })));
  await bench("resolveSession (2 queries)", async () => void (await resolveSession(sid)));
  await bench("actorFromToken (decode+session)", async () => void (await actorFromToken(token)));
  await bench("listDeputies (term+page+group‖count)", async () => void (await listDeputies(actor, q)));
  await bench("session + listDeputies", async () => void (await listDeputies((await actorFromToken(token))!, q)));
  await bench("db.term.findFirst unscoped", async () => void (await db.term.findFirst({ where: { townshipId: t1.id, isCurrent: true } })));
  const { scopedDb } = await import("@/lib/db/township-scope");
  await bench("scopedDb().term.findFirst", async () => void (await scopedDb(t1.id).term.findFirst({ where: { isCurrent: true } })));
  await pool.end();
} else {
  const PORT = 3201;
  const env = { ...process.env, DATABASE_URL: url, AUTH_SECRET: SECRET, NEXTAUTH_SECRET: SECRET, NEXTAUTH_URL: `http://127.0.0.1:${PORT}`, NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "warn" };
  const args = mode === "prof" ? ["--cpu-prof", "--cpu-prof-dir=/tmp/probe"] : [];
  const child = spawn(process.execPath, [...args, "node_modules/next/dist/bin/next", "start", "-p", String(PORT), "-H", "127.0.0.1"], { stdio: ["ignore", "ignore", "inherit"], env });
  const base = `http://127.0.0.1:${PORT}`;
  serverPid = child.pid!;
  for (;;) { try { if ((await fetch(`${base}/api/health`)).ok) break; } catch { /* not yet */ } await new Promise((r) => setTimeout(r, 200)); }
  const get = (path: string, c?: string, expect = 200) => async () => {
    const res = await fetch(base + path, { headers: c ? { cookie: c } : {} });
    await res.text();
    if (res.status !== expect) throw new Error(`${path} ${res.status}`);
  };
  const qs = new URLSearchParams({ groupId: group.id, q: "王", status: "SITTING", pageSize: "20" });
  if (mode === "cold") {
    const task = get(`/api/v1/deputies?${qs}`, cookie);
    await runLoad(50, 10, 60_000, task);
    for (let i = 0; i < 4; i++) show(`cold run ${i + 1} c=10`, summarize(await runLoad(2000, 10, 60_000, task)));
  }
  if (mode === "http") {
    await bench("GET /api/health (1 query, no auth)", get("/api/health"));
    await bench("401 no cookie", get(`/api/v1/deputies?${qs}`, undefined, 401));
    await bench("400 bad query (session only)", get(`/api/v1/deputies?groupId=x`, cookie, 400));
    await bench("GET /api/v1/terms (session + 1 query)", get(`/api/v1/terms`, cookie));
  }
  if (mode !== "cold") await bench("GET /api/v1/deputies (full)", get(`/api/v1/deputies?${qs}`, cookie), 2000);
  child.kill("SIGINT");
  await new Promise((r) => child.once("exit", r));
}
await db.$disconnect();
