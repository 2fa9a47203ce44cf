// Calls of the reception-day API as the browser makes them, and a township with deputies on duty.
import { expect } from "vitest";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/reception-days/route";
import { POST as generateRoute } from "@/app/api/v1/reception-days/generate/route";
import { GET as figuresRoute } from "@/app/api/v1/reception-days/figures/route";
import { GET as getRoute, PATCH as patchRoute } from "@/app/api/v1/reception-days/[id]/route";
import { PUT as dutiesRoute } from "@/app/api/v1/reception-days/[id]/duties/route";
import { GET as noticeFileRoute, POST as noticeRoute } from "@/app/api/v1/reception-days/[id]/notice/route";
import { POST as visitRoute } from "@/app/api/v1/reception-days/[id]/visits/route";
import { PATCH as visitPatchRoute } from "@/app/api/v1/reception-days/[id]/visits/[visitId]/route";
import { POST as convertRoute } from "@/app/api/v1/reception-days/[id]/visits/[visitId]/conversion/route";
import { createDeputy, createUser, params, request, signIn, townshipWithRoles } from "@/tests/factories";
import { addDays, formatDay, todayInChina } from "@/lib/time/day";

const base = "/api/v1/reception-days";
const send = (url: string, cookie: string, body: unknown, method = "POST") => request(url, { method, cookie, body });

export const api = {
  list: (cookie: string, qs = "") => listRoute(request(`${base}${qs}`, { cookie })),
  create: (cookie: string, body: unknown) => createRoute(send(base, cookie, body)),
  generate: (cookie: string, body: unknown) => generateRoute(send(`${base}/generate`, cookie, body)),
  figures: (cookie: string, year: number) => figuresRoute(request(`${base}/figures?year=${year}`, { cookie })),
  get: (cookie: string, id: string) => getRoute(request(`${base}/${id}`, { cookie }), params({ id })),
  patch: (cookie: string, id: string, body: unknown) =>
    patchRoute(send(`${base}/${id}`, cookie, body, "PATCH"), params({ id })),
  duties: (cookie: string, id: string, body: unknown) =>
    dutiesRoute(send(`${base}/${id}/duties`, cookie, body, "PUT"), params({ id })),
  publish: (cookie: string, id: string, body: unknown) =>
    noticeRoute(send(`${base}/${id}/notice`, cookie, body), params({ id })),
  noticeFile: (cookie: string, id: string) =>
    noticeFileRoute(request(`${base}/${id}/notice`, { cookie }), params({ id })),
  visit: (cookie: string, id: string, body: unknown) =>
    visitRoute(send(`${base}/${id}/visits`, cookie, body), params({ id })),
  solve: (cookie: string, id: string, visitId: string, body: unknown) =>
    visitPatchRoute(send(`${base}/${id}/visits/${visitId}`, cookie, body, "PATCH"), params({ id, visitId })),
  convert: (cookie: string, id: string, visitId: string, body: unknown) =>
    convertRoute(send(`${base}/${id}/visits/${visitId}/conversion`, cookie, body), params({ id, visitId })),
};

export async function json<T = Record<string, unknown>>(res: Response, status: number): Promise<T> {
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(status);
  return body as T;
}

/** A day `n` days from today (negative: past). */
export const inDays = (n: number) => formatDay(addDays(todayInChina(), n));
export const yearOf = (day: string) => Number(day.slice(0, 4));

/**
 * A township with one account per role (the role deputy first of `count` deputies), a second deputy with an
 * account, and a deputy account that is never on duty.
 */
export async function setup(count = 4) {
  const t = await townshipWithRoles();
  const deputies = [t.deputy];
  for (let i = 1; i < count; i++) deputies.push(await createDeputy(t.township.id, t.term.id));
  const outsider = await createDeputy(t.township.id, t.term.id, "未值班代表");
  const outsiderCookie = (await signIn(await createUser(t.township.id, "DEPUTY", { deputyId: outsider.id }))).cookie;
  return {
    ...t,
    deputies,
    outsider,
    office: t.sessions.OFFICE.cookie,
    chair: t.sessions.CHAIR.cookie,
    presidium: t.sessions.PRESIDIUM.cookie,
    deputyCookie: t.sessions.DEPUTY.cookie,
    unitCookie: t.sessions.UNIT.cookie,
    outsiderCookie,
  };
}

export type World = Awaited<ReturnType<typeof setup>>;

export interface Day {
  id: string;
  version: number;
  date: string;
}

/** A day on `date` with the given deputies on duty (the role deputy by default). */
export async function dayWithDuties(w: World, date: string, deputyIds = [w.deputy.id], place = "镇人大代表之家") {
  const d = await json<Day>(await api.create(w.office, { year: yearOf(date), date, place }), 201);
  const entries = deputyIds.map((deputyId) => ({ deputyId }));
  const set = await json<{ version: number }>(await api.duties(w.office, d.id, { version: d.version, entries }), 200);
  return { ...d, version: set.version };
}

export const visitor = (over: Record<string, unknown> = {}) => ({
  visitorName: "刘大爷",
  phone: "13812345678",
  address: "清水镇青山村三组18号",
  issue: "退休后的养老补贴 2,740 元一直没有发放",
  solved: false,
  ...over,
});
