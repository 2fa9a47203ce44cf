import crypto from "node:crypto";
import { encode } from "next-auth/jwt";
import { NextRequest } from "next/server";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { createSession, resolveSession } from "@/lib/auth/sessions";
import { actorFor, type Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";

export const TEST_PASSWORD = "Correct-Horse-9";
let hashed: Promise<string> | null = null;
const passwordHash = () => (hashed ??= hashPassword(TEST_PASSWORD));

export async function createTownship(name = "测试镇") {
  return db.township.create({ data: { code: `t-${crypto.randomUUID().slice(0, 8)}`, name } });
}

/** The factory term's 选区 (records of the term; a deputy's 选区 must name one). */
export const TEST_CONSTITUENCIES = ["第一选区", "第二选区", "第三选区"] as const;

export async function createTerm(townshipId: string) {
  const term = await db.term.create({
    data: {
      townshipId,
      number: 17,
      startDate: new Date("2026-09-01"),
      endDate: new Date("2031-08-31"),
      isCurrent: true,
    },
  });
  await db.constituency.createMany({
    data: TEST_CONSTITUENCIES.map((name) => ({ townshipId, termId: term.id, name })),
  });
  return term;
}

let deputySeq = 0;
export async function createDeputy(townshipId: string, termId: string, name = `代表${++deputySeq}`) {
  const district = await db.constituency.findFirst({ where: { termId, name: "第一选区" } });
  return db.deputy.create({
    data: {
      townshipId,
      termId,
      name,
      gender: "MALE",
      birthDate: new Date("1980-01-01"),
      ethnicity: "汉族",
      party: "中共党员",
      education: "本科",
      occupation: "村党支部书记",
      constituency: "第一选区",
      constituencyId: district?.id ?? null,
      levels: ["TOWNSHIP"],
      startDate: new Date("2026-09-01"),
    },
  });
}

export async function createUnit(townshipId: string, name = "民政办") {
  return db.handlingUnit.create({ data: { townshipId, name, kind: "GOVERNMENT_OFFICE" } });
}

export async function createUser(
  townshipId: string,
  role: Role,
  extra: { username?: string; deputyId?: string; unitId?: string; active?: boolean } = {},
) {
  return db.user.create({
    data: {
      townshipId,
      role,
      username: extra.username ?? `${role.toLowerCase()}-${crypto.randomUUID().slice(0, 8)}`,
      displayName: `测试${role}`,
      passwordHash: await passwordHash(),
      deputyId: extra.deputyId,
      unitId: extra.unitId,
      active: extra.active ?? true,
    },
  });
}

/** A signed-in user: a real server-side session and the next-auth cookie that names it. */
export async function signIn(user: { id: string }): Promise<{ actor: Actor; cookie: string }> {
  const sid = await createSession(user.id, "127.0.0.1");
  const sessionUser = await resolveSession(sid);
  if (!sessionUser) throw new Error("session did not resolve");
  const token = await encode({ token: { sid }, secret: process.env.AUTH_SECRET! });
  const actor = actorFor(sessionUser, { requestId: crypto.randomUUID(), ip: "127.0.0.1" });
  return { actor, cookie: `next-auth.session-token=${token}` };
}

/** The origin test requests are addressed to; a browser sends it as `Origin` on every write. */
export const TEST_ORIGIN = "http://localhost";

/**
 * A request as the browser would send it to a route handler: writes carry the same-origin `Origin`
 * header unless `headers.origin` says otherwise (an empty string sends none).
 */
export function request(
  url: string,
  init: { method?: string; cookie?: string; body?: unknown; rawBody?: string; headers?: Record<string, string> } = {},
) {
  const headers = new Headers(init.headers);
  if (init.method && init.method !== "GET" && !headers.has("origin")) headers.set("origin", TEST_ORIGIN);
  if (headers.get("origin") === "") headers.delete("origin");
  if (init.cookie) headers.set("cookie", init.cookie);
  let body: string | undefined = init.rawBody;
  if (init.body !== undefined) {
    body = JSON.stringify(init.body);
    headers.set("content-type", "application/json");
  }
  return new NextRequest(new URL(url, TEST_ORIGIN), { method: init.method ?? "GET", headers, body });
}

export const params = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });

/** A township with one account per role, each signed in. */
export async function townshipWithRoles(name = "测试镇") {
  const township = await createTownship(name);
  const term = await createTerm(township.id);
  const deputy = await createDeputy(township.id, term.id);
  const unit = await createUnit(township.id);
  const users = {
    OFFICE: await createUser(township.id, "OFFICE"),
    CHAIR: await createUser(township.id, "CHAIR"),
    PRESIDIUM: await createUser(township.id, "PRESIDIUM"),
    DEPUTY: await createUser(township.id, "DEPUTY", { deputyId: deputy.id }),
    UNIT: await createUser(township.id, "UNIT", { unitId: unit.id }),
  };
  const sessions = Object.fromEntries(
    await Promise.all(Object.entries(users).map(async ([role, u]) => [role, await signIn(u)])),
  ) as Record<Role, Awaited<ReturnType<typeof signIn>>>;
  return { township, term, deputy, unit, users, sessions };
}
