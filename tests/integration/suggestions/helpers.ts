// Shared by the suggestions integration tests: API calls as the browser makes them, and a few
// steps that bring a suggestion to a given state through the API.
import { expect } from "vitest";
import { db } from "@/lib/db";
import { scopedDb } from "@/lib/db/township-scope";
import { categories } from "@/lib/suggestions/categories";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/suggestions/route";
import { GET as getRoute, PATCH as patchRoute } from "@/app/api/v1/suggestions/[id]/route";
import { POST as transitionRoute } from "@/app/api/v1/suggestions/[id]/transitions/route";
import { POST as ratingRoute } from "@/app/api/v1/suggestions/[id]/rating/route";
import { POST as signOffRoute } from "@/app/api/v1/suggestions/sign-off/route";
import { createDeputy, createUnit, createUser, params, request, signIn, townshipWithRoles } from "@/tests/factories";

export const ROLES = ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const;

export const api = {
  list: (cookie: string, qs = "") => listRoute(request(`/api/v1/suggestions${qs}`, { cookie })),
  create: (cookie: string, body: unknown) =>
    createRoute(request("/api/v1/suggestions", { method: "POST", cookie, body })),
  get: (cookie: string, id: string) => getRoute(request(`/api/v1/suggestions/${id}`, { cookie }), params({ id })),
  patch: (cookie: string, id: string, body: unknown) =>
    patchRoute(request(`/api/v1/suggestions/${id}`, { method: "PATCH", cookie, body }), params({ id })),
  transition: (cookie: string, id: string, body: unknown) =>
    transitionRoute(request(`/api/v1/suggestions/${id}/transitions`, { method: "POST", cookie, body }), params({ id })),
  rate: (cookie: string, id: string, body: unknown) =>
    ratingRoute(request(`/api/v1/suggestions/${id}/rating`, { method: "POST", cookie, body }), params({ id })),
  signOff: (cookie: string, ids: string[]) =>
    signOffRoute(request("/api/v1/suggestions/sign-off", { method: "POST", cookie, body: { ids } })),
};

/** The stored version, for the next request's optimistic lock. */
export const versionOf = async (id: string) => (await db.suggestion.findUniqueOrThrow({ where: { id } })).version;

/** The error body of a refused request. */
export const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { code: string; message: string; fields?: Record<string, string> } }).error;

/** A further deputy of the township's current term with their own signed-in account. */
export async function deputyWithLogin(townshipId: string, termId: string, name?: string) {
  const deputy = await createDeputy(townshipId, termId, name);
  const user = await createUser(townshipId, "DEPUTY", { deputyId: deputy.id });
  const { cookie } = await signIn(user);
  return { deputy, user, cookie };
}

/** A further handling unit with its own signed-in account. */
export async function unitWithLogin(townshipId: string, name: string) {
  const unit = await createUnit(townshipId, name);
  const user = await createUser(townshipId, "UNIT", { unitId: unit.id });
  const { cookie } = await signIn(user);
  return { unit, user, cookie };
}

/** A township with one account per role, its categories and cookies by role. */
export async function setup(name = "测试镇") {
  const t = await townshipWithRoles(name);
  const cats = await categories(scopedDb(t.township.id), t.township.id);
  const cookie = Object.fromEntries(Object.entries(t.sessions).map(([role, s]) => [role, s.cookie])) as Record<
    (typeof ROLES)[number],
    string
  >;
  return { ...t, categoryId: cats[0].id, categoryIds: cats.map((c) => c.id), cookie };
}
export type World = Awaited<ReturnType<typeof setup>>;

/** A valid body for POST /suggestions. */
export const newSuggestion = (categoryId: string, over: Record<string, unknown> = {}) => ({
  title: "关于修缮清水村便民桥的建议",
  content: "清水村便民桥年久失修，雨季通行存在安全隐患，建议列入年度计划修缮。",
  categoryId,
  ...over,
});

/** Posts and expects 201; returns the new id. */
export async function submit(cookie: string, body: unknown): Promise<string> {
  const res = await api.create(cookie, body);
  expect(res.status, JSON.stringify(await res.clone().json())).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

/** One transition at the current version; expects 200 and returns the answer. */
export async function step(cookie: string, id: string, body: Record<string, unknown>) {
  const res = await api.transition(cookie, id, { ...body, version: await versionOf(id) });
  expect(res.status, `${String(body.action)}: ${JSON.stringify(await res.clone().json())}`).toBe(200);
  return (await res.json()) as {
    id: string;
    state: string;
    version: number;
    number: string | null;
    deadline: string | null;
  };
}

/** One rating at the current version; expects 200. */
export async function rate(cookie: string, id: string, body: Record<string, unknown>) {
  const res = await api.rate(cookie, id, { ...body, version: await versionOf(id) });
  expect(res.status, JSON.stringify(await res.clone().json())).toBe(200);
  return (await res.json()) as { id: string; state: string; version: number };
}

/** The office's 交办 and the chair's 签发 (required by default: lib/suggestions/handover.ts); the units have it. */
export async function assign(
  w: World,
  id: string,
  body: { leadUnitId: string; coUnitIds?: string[]; broad?: boolean },
  opts: { unsigned?: boolean } = {},
) {
  const assigned = await step(w.cookie.OFFICE, id, { action: "assign", coUnitIds: [], ...body });
  if (opts.unsigned) return assigned;
  const res = await api.signOff(w.cookie.CHAIR, [id]);
  expect(res.status, JSON.stringify(await res.clone().json())).toBe(200);
  return { ...assigned, deadline: (await api.get(w.cookie.OFFICE, id).then((r) => r.json())).deadline as string };
}

type Stage = "SUBMITTED" | "REGISTERED" | "ASSIGNED" | "REPLIED";
const ORDER: Stage[] = ["SUBMITTED", "REGISTERED", "ASSIGNED", "REPLIED"];

/**
 * A suggestion by the role deputy (or `proposerCookie`), taken through the API to `stage`:
 * registered by the office, assigned to `leadUnitId` (default the role unit), replied by that unit.
 */
export async function suggestionAt(
  w: World,
  stage: Stage,
  opts: {
    proposerCookie?: string;
    body?: Record<string, unknown>;
    leadUnitId?: string;
    leadCookie?: string;
    coUnitIds?: string[];
    /** Assigned but not yet signed off by the chair (the units do not have it yet). */
    unsigned?: boolean;
  } = {},
) {
  const id = await submit(opts.proposerCookie ?? w.cookie.DEPUTY, newSuggestion(w.categoryId, opts.body));
  const reach = (s: Stage) => ORDER.indexOf(stage) >= ORDER.indexOf(s);
  if (reach("REGISTERED")) await step(w.cookie.OFFICE, id, { action: "register" });
  if (reach("ASSIGNED"))
    await assign(w, id, { leadUnitId: opts.leadUnitId ?? w.unit.id, coUnitIds: opts.coUnitIds }, opts);
  if (reach("REPLIED"))
    await step(opts.leadCookie ?? w.cookie.UNIT, id, {
      action: "reply",
      replyClass: "A",
      note: "已安排资金修缮，预计年底完工。",
    });
  return id;
}

/** `months` calendar months after `day`, on the month's last day when it is shorter — written here independently of rules.ts. */
export function monthsAfter(day: Date, months: number): string {
  const y = day.getUTCFullYear();
  const m = day.getUTCMonth() + months;
  const target = new Date(Date.UTC(y, m, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(day.getUTCDate(), last)))
    .toISOString()
    .slice(0, 10);
}
