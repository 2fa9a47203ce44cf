// A township whose 2026 is recorded through the services and the API, counted by hand: two sessions (the role
// deputy absent without leave at both, the second deputy present then on leave), three suggestions (one a draft)
// and two supervision activities (one still a draft plan) in which the role deputy voted online.
import { expect } from "vitest";
import { db } from "@/lib/db";
import { scopedDb } from "@/lib/db/township-scope";
import { categories } from "@/lib/suggestions/categories";
import { setPresidiumLinks } from "@/lib/roster/presidium";
import { createSession, transitionSession } from "@/lib/sessions/service";
import { recordAttendance } from "@/lib/sessions/attendance";
import { AttendanceInput, SessionCreateInput } from "@/lib/sessions/schema";
import { GET as recordRoute } from "@/app/api/v1/deputies/[id]/record/route";
import { GET as docxRoute } from "@/app/api/v1/deputies/[id]/record/docx/route";
import { GET as publicRoute } from "@/app/api/v1/duty-records/route";
import { POST as publishRoute } from "@/app/api/v1/duty-records/publication/route";
import { POST as withdrawRoute } from "@/app/api/v1/duty-records/publication/withdraw/route";
import { POST as dutyRoute } from "@/app/api/v1/duties/route";
import { POST as reviewRoute } from "@/app/api/v1/duties/[id]/review/route";
import { POST as receptionDayRoute } from "@/app/api/v1/reception-days/route";
import { PUT as receptionDutiesRoute } from "@/app/api/v1/reception-days/[id]/duties/route";
import { createUser, params, request, signIn } from "@/tests/factories";
import { api as sv, json, setup as supervisionSetup, underWay } from "@/tests/integration/supervision/helpers";
import { assign, rate, step, submit } from "@/tests/integration/suggestions/helpers";

export const YEAR = 2026;

export const api = {
  record: (cookie: string, id: string, qs = `?year=${YEAR}`) =>
    recordRoute(request(`/api/v1/deputies/${id}/record${qs}`, { cookie }), params({ id })),
  docx: (cookie: string, id: string) =>
    docxRoute(request(`/api/v1/deputies/${id}/record/docx?year=${YEAR}`, { cookie }), params({ id })),
  published: (cookie: string, year = YEAR) => publicRoute(request(`/api/v1/duty-records?year=${year}`, { cookie })),
  publish: (cookie: string, body: unknown) =>
    publishRoute(request("/api/v1/duty-records/publication", { method: "POST", cookie, body })),
  withdraw: (cookie: string, body: unknown) =>
    withdrawRoute(request("/api/v1/duty-records/publication/withdraw", { method: "POST", cookie, body })),
};

/** Personal data given to the role deputy, to be found in no answer. */
export const PERSONAL = { phone: "13912345678", idNumber: "110101198001010011", address: "清水镇青山村八组12号" };

async function sessionWith(office: Parameters<typeof createSession>[0], day: string, marks: [string, string][]) {
  const s = await createSession(
    office,
    SessionCreateInput.parse({ startDate: day, endDate: day, venue: "镇政府三楼会议室" }),
  );
  await recordAttendance(
    office,
    s.id,
    AttendanceInput.parse({ entries: marks.map(([deputyId, status]) => ({ deputyId, status })) }),
  );
  await transitionSession(office, s.id, { action: "open" });
  await transitionSession(office, s.id, { action: "close" });
  return s;
}

type Base = Awaited<ReturnType<typeof supervisionSetup>>;

async function suggestionsOf(w: Base, cookie: Record<string, string>, categoryId: string) {
  const [d0, d1] = w.deputies;
  const body = (title: string, over: Record<string, unknown>) => ({
    title,
    content: `${title}，请予研究。`,
    categoryId,
    ...over,
  });
  // Led by the role deputy, co-signed by the second: replied A, rated 满意 by the deputy.
  const a = await submit(
    cookie.OFFICE,
    body("关于修缮青山村便民桥的建议", { deputyId: d0.id, cosignerIds: [d1.id], raisedOn: "2026-11-25" }),
  );
  await step(cookie.OFFICE, a, { action: "register" });
  await assign({ cookie } as Parameters<typeof assign>[0], a, { leadUnitId: w.unit.id });
  await step(cookie.UNIT, a, { action: "reply", replyClass: "A", note: "已安排资金修缮。" });
  await rate(cookie.DEPUTY, a, { rating: "SATISFIED" });
  // Led by the second, co-signed by the role deputy: registered only.
  const b = await submit(
    cookie.OFFICE,
    body("关于增设村级卫生室的建议", { deputyId: d1.id, cosignerIds: [d0.id], raisedOn: "2026-11-26" }),
  );
  await step(cookie.OFFICE, b, { action: "register" });
  // A draft is no one's record yet.
  await submit(cookie.OFFICE, body("关于整治河道的建议", { deputyId: d0.id, raisedOn: "2026-11-27", draft: true }));
  return { a, b };
}

async function supervisionOf(w: Base) {
  const [d0, d1] = w.deputies;
  const participants = [d0, d1].map((d) => ({ deputyId: d.id, presidiumMember: false }));
  const d = await underWay(w, { startDate: "2026-11-10", participants });
  await json(
    await sv.attendance(w.office, d.id, {
      entries: [
        { deputyId: d0.id, attendance: "PRESENT" },
        { deputyId: d1.id, attendance: "LEAVE" },
      ],
    }),
    200,
  );
  const votes = d.polls.polls.map((p) => ({ pollId: p.pollId, choice: "UNSATISFIED" }));
  await json(await sv.ballots(w.voters[0], d.id, { action: "cast", votes }), 200);
  // A plan not yet approved has not happened.
  await json(
    await sv.create(w.office, { kind: "SITE_VISIT", title: "视察村级道路", startDate: "2026-11-15", participants }),
    201,
  );
  return d;
}

/** The world, with a linked and an unlinked presidium member and the role deputy's personal data filled in. */
export async function recordWorld() {
  const w = await supervisionSetup(6);
  const [d0, d1] = w.deputies;
  const cookie = Object.fromEntries(Object.entries(w.sessions).map(([role, s]) => [role, s.cookie])) as Record<
    "OFFICE" | "CHAIR" | "PRESIDIUM" | "DEPUTY" | "UNIT",
    string
  >;
  const office = w.sessions.OFFICE.actor;
  await db.deputy.update({ where: { id: d0.id }, data: PERSONAL });
  await setPresidiumLinks(office, w.users.PRESIDIUM.id, { deputyIds: [d0.id] });
  const unlinked = await signIn(await createUser(w.township.id, "PRESIDIUM"));
  // Everyone else present: the session opens with its quorum.
  const rest = await db.deputy.findMany({ where: { townshipId: w.township.id, id: { notIn: [d0.id, d1.id] } } });
  const others = rest.map((d) => [d.id, "PRESENT"] as [string, string]);
  await sessionWith(office, "2026-10-10", [[d0.id, "ABSENT"], [d1.id, "PRESENT"], ...others]);
  await sessionWith(office, "2026-11-20", [[d0.id, "ABSENT"], [d1.id, "LEAVE"], ...others]);
  const cats = await categories(scopedDb(w.township.id), w.township.id);
  const suggestions = await suggestionsOf(w, cookie, cats[0].id);
  const activity = await supervisionOf(w);
  // Training's services are not on main yet: one training of two days, the role deputy present (its rows).
  const training = await db.trainingSession.create({
    data: {
      townshipId: w.township.id,
      termId: w.term.id,
      kind: "INITIAL",
      title: "新任代表初任学习",
      startDate: new Date("2026-09-20"),
      endDate: new Date("2026-09-21"),
      days: 2,
    },
  });
  await db.trainingEnrolment.create({
    data: { townshipId: w.township.id, sessionId: training.id, deputyId: d0.id, attendance: "PRESENT" },
  });
  expect(activity.polls.polls).toHaveLength(5);
  // Two duties keyed by the office from the deputy's paper register (代录, with their day), one verified.
  const duties = [];
  for (const description of ["走访青山村八组选民12户", "召开选民座谈会"]) {
    const kind = description.startsWith("走访") ? "VOTER_CONTACT" : "VOTER_FORUM";
    const res = await dutyRoute(
      request("/api/v1/duties", {
        method: "POST",
        cookie: cookie.OFFICE,
        body: { deputyId: d0.id, kind, description, voters: 12, occurredOn: "2026-11-30" },
      }),
    );
    duties.push(await json<{ id: string; version: number }>(res, 201));
  }
  await json(
    await reviewRoute(
      request(`/api/v1/duties/${duties[0].id}/review`, {
        method: "POST",
        cookie: cookie.OFFICE,
        body: { decision: "verify", version: duties[0].version },
      }),
      params({ id: duties[0].id }),
    ),
    200,
  );
  await receptionDutyOf(cookie.OFFICE, d0.id);
  return { ...w, cookie, unlinked: unlinked.cookie, suggestions, activity, d0, d1 };
}
/** One reception day (接待选民日) held on 2026-11-10 with the deputy on duty and present, through the routes. */
async function receptionDutyOf(cookie: string, deputyId: string) {
  const day = await json<{ id: string; version: number }>(
    await receptionDayRoute(
      request("/api/v1/reception-days", {
        method: "POST",
        cookie,
        body: { year: 2026, date: "2026-11-10", place: "镇人大代表之家" },
      }),
    ),
    201,
  );
  await json(
    await receptionDutiesRoute(
      request(`/api/v1/reception-days/${day.id}/duties`, {
        method: "PUT",
        cookie,
        body: { version: day.version, entries: [{ deputyId, present: true }] },
      }),
      params({ id: day.id }),
    ),
    200,
  );
}
export type RecordWorld = Awaited<ReturnType<typeof recordWorld>>;
