// Calls of the training API as the browser makes them, and a township with deputies of several levels and a group.
import { expect } from "vitest";
import { db } from "@/lib/db";
import * as plans from "@/app/api/v1/training-plans/route";
import * as plan from "@/app/api/v1/training-plans/[id]/route";
import * as approve from "@/app/api/v1/training-plans/[id]/approve/route";
import * as docx from "@/app/api/v1/training-plans/[id]/docx/route";
import * as sessions from "@/app/api/v1/training-sessions/route";
import * as session from "@/app/api/v1/training-sessions/[id]/route";
import * as enrolments from "@/app/api/v1/training-sessions/[id]/enrolments/route";
import * as attendance from "@/app/api/v1/training-sessions/[id]/attendance/route";
import * as assessments from "@/app/api/v1/training-sessions/[id]/assessments/route";
import * as leave from "@/app/api/v1/training-sessions/[id]/leave/route";
import * as decide from "@/app/api/v1/training-sessions/[id]/leave/[leaveId]/route";
import * as figures from "@/app/api/v1/training-sessions/figures/route";
import { formatDay, todayInChina } from "@/lib/time/day";
import { createDeputy, createUser, params, request, signIn, townshipWithRoles } from "@/tests/factories";

const post = (url: string, cookie: string, body: unknown, method = "POST") => request(url, { method, cookie, body });

export const api = {
  plans: (c: string, qs = "") => plans.GET(request(`/api/v1/training-plans${qs}`, { cookie: c })),
  createPlan: (c: string, body: unknown) => plans.POST(post("/api/v1/training-plans", c, body)),
  plan: (c: string, id: string) => plan.GET(request(`/api/v1/training-plans/${id}`, { cookie: c }), params({ id })),
  patchPlan: (c: string, id: string, body: unknown) =>
    plan.PATCH(post(`/api/v1/training-plans/${id}`, c, body, "PATCH"), params({ id })),
  approve: (c: string, id: string, version: number) =>
    approve.POST(post(`/api/v1/training-plans/${id}/approve`, c, { version }), params({ id })),
  docx: (c: string, id: string) =>
    docx.GET(request(`/api/v1/training-plans/${id}/docx`, { cookie: c }), params({ id })),
  list: (c: string, qs = "") => sessions.GET(request(`/api/v1/training-sessions${qs}`, { cookie: c })),
  create: (c: string, body: unknown) => sessions.POST(post("/api/v1/training-sessions", c, body)),
  get: (c: string, id: string) =>
    session.GET(request(`/api/v1/training-sessions/${id}`, { cookie: c }), params({ id })),
  patch: (c: string, id: string, body: unknown) =>
    session.PATCH(post(`/api/v1/training-sessions/${id}`, c, body, "PATCH"), params({ id })),
  enrol: (c: string, id: string, body: unknown) =>
    enrolments.POST(post(`/api/v1/training-sessions/${id}/enrolments`, c, body), params({ id })),
  attendance: (c: string, id: string, body: unknown) =>
    attendance.POST(post(`/api/v1/training-sessions/${id}/attendance`, c, body), params({ id })),
  assess: (c: string, id: string, body: unknown) =>
    assessments.POST(post(`/api/v1/training-sessions/${id}/assessments`, c, body), params({ id })),
  leave: (c: string, id: string, body: unknown) =>
    leave.POST(post(`/api/v1/training-sessions/${id}/leave`, c, body), params({ id })),
  decide: (c: string, id: string, leaveId: string, body: unknown) =>
    decide.POST(post(`/api/v1/training-sessions/${id}/leave/${leaveId}`, c, body), params({ id, leaveId })),
  figures: (c: string, year: number) =>
    figures.GET(request(`/api/v1/training-sessions/figures?year=${year}`, { cookie: c })),
};

export async function json<T = Record<string, unknown>>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  return (text ? JSON.parse(text) : null) as T;
}

export const today = () => formatDay(todayInChina());

export const planBody = (over: Record<string, unknown> = {}) => ({
  kind: "YEAR",
  year: 2027,
  title: "2027年代表培训计划",
  guidingIdeas: "以习近平新时代中国特色社会主义思想为指导。",
  purpose: "提高代表依法履职能力。",
  audienceLevels: ["TOWNSHIP"],
  content: "学习《代表法》《地方组织法》。",
  form: "集中学习与自学相结合。",
  items: [{ quarter: 1, text: "初任学习" }],
  ...over,
});

/**
 * A township with one account per role; deputies: the role deputy (镇), 乙 (镇、县) with an account, 丙 (县 only),
 * 丁 in 第一代表小组 (镇); 丙 and 丁 form the group with the role deputy.
 */
export async function setup() {
  const t = await townshipWithRoles();
  const tid = t.township.id;
  const yi = await createDeputy(tid, t.term.id, "乙代表");
  const bing = await createDeputy(tid, t.term.id, "丙代表");
  const ding = await createDeputy(tid, t.term.id, "丁代表");
  await db.deputy.update({ where: { id: yi.id }, data: { levels: ["TOWNSHIP", "COUNTY"] } });
  await db.deputy.update({ where: { id: bing.id }, data: { levels: ["COUNTY"] } });
  const group = await db.representativeGroup.create({ data: { townshipId: tid, name: "第一代表小组", kind: "GROUP" } });
  await db.deputy.updateMany({ where: { id: { in: [t.deputy.id, bing.id, ding.id] } }, data: { groupId: group.id } });
  const yiSession = await signIn(await createUser(tid, "DEPUTY", { deputyId: yi.id }));
  const c = Object.fromEntries(Object.entries(t.sessions).map(([r, s]) => [r, s.cookie])) as Record<
    keyof typeof t.sessions,
    string
  >;
  return { ...t, yi, bing, ding, group, cookie: { ...c, YI: yiSession.cookie } };
}
export type World = Awaited<ReturnType<typeof setup>>;

export const trainingBody = (over: Record<string, unknown> = {}) => ({
  kind: "DUTY",
  title: "代表履职学习",
  startDate: today(),
  endDate: today(),
  days: 1,
  place: "镇会议室",
  teacher: "县人大常委会研究室",
  ...over,
});
