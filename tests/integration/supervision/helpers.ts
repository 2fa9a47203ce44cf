// Calls of the supervision API as the browser makes them, and a township with an evaluation ready to vote.
import { expect } from "vitest";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/supervision/route";
import { GET as getRoute, PATCH as patchRoute } from "@/app/api/v1/supervision/[id]/route";
import { POST as transitionRoute } from "@/app/api/v1/supervision/[id]/transitions/route";
import { GET as resultsRoute, POST as ballotsRoute } from "@/app/api/v1/supervision/[id]/ballots/route";
import { POST as attendanceRoute } from "@/app/api/v1/supervision/[id]/attendance/route";
import { createDeputy, createUnit, createUser, params, request, signIn, townshipWithRoles } from "@/tests/factories";
import { formatDay, todayInChina } from "@/lib/time/day";

export const api = {
  list: (cookie: string, qs = "") => listRoute(request(`/api/v1/supervision${qs}`, { cookie })),
  create: (cookie: string, body: unknown) =>
    createRoute(request("/api/v1/supervision", { method: "POST", cookie, body })),
  get: (cookie: string, id: string) => getRoute(request(`/api/v1/supervision/${id}`, { cookie }), params({ id })),
  patch: (cookie: string, id: string, body: unknown) =>
    patchRoute(request(`/api/v1/supervision/${id}`, { method: "PATCH", cookie, body }), params({ id })),
  step: (cookie: string, id: string, body: unknown) =>
    transitionRoute(request(`/api/v1/supervision/${id}/transitions`, { method: "POST", cookie, body }), params({ id })),
  results: (cookie: string, id: string) =>
    resultsRoute(request(`/api/v1/supervision/${id}/ballots`, { cookie }), params({ id })),
  ballots: (cookie: string, id: string, body: unknown) =>
    ballotsRoute(request(`/api/v1/supervision/${id}/ballots`, { method: "POST", cookie, body }), params({ id })),
  attendance: (cookie: string, id: string, body: unknown) =>
    attendanceRoute(request(`/api/v1/supervision/${id}/attendance`, { method: "POST", cookie, body }), params({ id })),
};

export const today = () => formatDay(todayInChina());

export const UNIT_NAMES = ["民政办", "计生办", "国土所", "市政所", "广电站"];

/**
 * A township with one account per role, five units (民政办 is the role unit's), `count` deputies of whom
 * the first two have deputy accounts (the role deputy first), and a second deputy account that takes no part.
 */
export async function setup(count = 17) {
  const t = await townshipWithRoles();
  const units = [t.unit];
  for (const name of UNIT_NAMES.slice(1)) units.push(await createUnit(t.township.id, name));
  const deputies = [t.deputy];
  for (let i = 1; i < count; i++) deputies.push(await createDeputy(t.township.id, t.term.id));
  const second = await signIn(await createUser(t.township.id, "DEPUTY", { deputyId: deputies[1].id }));
  const outsider = await createDeputy(t.township.id, t.term.id, "未参加代表");
  const outsiderSession = await signIn(await createUser(t.township.id, "DEPUTY", { deputyId: outsider.id }));
  const otherUnit = await createUnit(t.township.id, "农经站");
  const otherUnitSession = await signIn(await createUser(t.township.id, "UNIT", { unitId: otherUnit.id }));
  return {
    ...t,
    units,
    deputies,
    office: t.sessions.OFFICE.cookie,
    chair: t.sessions.CHAIR.cookie,
    voters: [t.sessions.DEPUTY.cookie, second.cookie],
    outsider: outsiderSession.cookie,
    otherUnit: otherUnitSession.cookie,
  };
}

export type World = Awaited<ReturnType<typeof setup>>;

export const evaluationPlan = (w: World, over: Record<string, unknown> = {}) => ({
  kind: "WORK_EVALUATION",
  title: "2026年度站所工作评议",
  purpose: "督促站所改进工作",
  startDate: today(),
  targets: w.units.map((u) => ({ unitId: u.id })),
  participants: w.deputies.map((d) => ({ deputyId: d.id, presidiumMember: false })),
  ...over,
});

export async function json<T = Record<string, unknown>>(res: Response, status: number): Promise<T> {
  const body = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(status);
  return body as T;
}

export interface Detail {
  id: string;
  version: number;
  state: string;
  polls: {
    rule: string;
    polls: {
      pollId: string;
      subject: string;
      version: number;
      closed: boolean;
      unitId: string | null;
      reconciliation?: { text: string };
      result?: { rate: number | null; rateText: string };
    }[];
  };
}

/** Plans, approves and starts an evaluation of the five units: its polls are open. */
export async function underWay(w: World, over: Record<string, unknown> = {}) {
  const created = await json<{ id: string; version: number }>(await api.create(w.office, evaluationPlan(w, over)), 201);
  const approved = await json<Detail>(
    await api.step(w.chair, created.id, {
      action: "approve",
      version: created.version,
      partyConsentOn: today(),
      partyConsentNote: "镇党委会议同意",
    }),
    200,
  );
  await json(await api.step(w.office, created.id, { action: "start", version: approved.version }), 200);
  return json<Detail>(await api.get(w.office, created.id), 200);
}
