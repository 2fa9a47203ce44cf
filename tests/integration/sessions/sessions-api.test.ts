import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { GET as listSessionsRoute, POST as createSessionRoute } from "@/app/api/v1/sessions/route";
import { GET as getSessionRoute, PATCH as patchSessionRoute } from "@/app/api/v1/sessions/[id]/route";
import { GET as getAttendanceRoute, PUT as putAttendanceRoute } from "@/app/api/v1/sessions/[id]/attendance/route";
import { POST as addAgendaRoute } from "@/app/api/v1/sessions/[id]/agenda/route";
import { PATCH as patchAgendaRoute } from "@/app/api/v1/sessions/[id]/agenda/[itemId]/route";
import { PATCH as patchChecklistRoute } from "@/app/api/v1/sessions/[id]/checklist/[itemId]/route";
import { POST as transitionRoute } from "@/app/api/v1/sessions/[id]/transitions/route";
import { GET as listVotesRoute, POST as voteRoute } from "@/app/api/v1/sessions/[id]/votes/route";
import { GET as listElectionsRoute, POST as createElectionRoute } from "@/app/api/v1/sessions/[id]/elections/route";
import { POST as roundRoute } from "@/app/api/v1/sessions/[id]/elections/[electionId]/rounds/route";
import { POST as deputyStatusRoute } from "@/app/api/v1/deputies/[id]/status/route";
import { DEFAULT_CHECKLIST } from "@/lib/sessions/checklist";
import { createDeputy, createUser, params, request, signIn, townshipWithRoles } from "@/tests/factories";

const ROLES = ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const satisfies readonly Role[];
type Deputy = { id: string };

// ---- API calls, each as the browser would make it ----
const api = {
  list: (cookie: string, qs = "") => listSessionsRoute(request(`/api/v1/sessions${qs}`, { cookie })),
  create: (cookie: string, body: unknown) =>
    createSessionRoute(request("/api/v1/sessions", { method: "POST", cookie, body })),
  get: (cookie: string, id: string) => getSessionRoute(request(`/api/v1/sessions/${id}`, { cookie }), params({ id })),
  patch: (cookie: string, id: string, body: unknown) =>
    patchSessionRoute(request(`/api/v1/sessions/${id}`, { method: "PATCH", cookie, body }), params({ id })),
  roll: (cookie: string, id: string) =>
    getAttendanceRoute(request(`/api/v1/sessions/${id}/attendance`, { cookie }), params({ id })),
  mark: (cookie: string, id: string, body: unknown) =>
    putAttendanceRoute(request(`/api/v1/sessions/${id}/attendance`, { method: "PUT", cookie, body }), params({ id })),
  addAgenda: (cookie: string, id: string, body: unknown) =>
    addAgendaRoute(request(`/api/v1/sessions/${id}/agenda`, { method: "POST", cookie, body }), params({ id })),
  patchAgenda: (cookie: string, id: string, itemId: string, body: unknown) =>
    patchAgendaRoute(
      request(`/api/v1/sessions/${id}/agenda/${itemId}`, { method: "PATCH", cookie, body }),
      params({ id, itemId }),
    ),
  tick: (cookie: string, id: string, itemId: string, done: boolean) =>
    patchChecklistRoute(
      request(`/api/v1/sessions/${id}/checklist/${itemId}`, { method: "PATCH", cookie, body: { done } }),
      params({ id, itemId }),
    ),
  transition: (cookie: string, id: string, action: "open" | "close") =>
    transitionRoute(
      request(`/api/v1/sessions/${id}/transitions`, { method: "POST", cookie, body: { action } }),
      params({ id }),
    ),
  votes: (cookie: string, id: string) =>
    listVotesRoute(request(`/api/v1/sessions/${id}/votes`, { cookie }), params({ id })),
  vote: (cookie: string, id: string, body: unknown) =>
    voteRoute(request(`/api/v1/sessions/${id}/votes`, { method: "POST", cookie, body }), params({ id })),
  elections: (cookie: string, id: string) =>
    listElectionsRoute(request(`/api/v1/sessions/${id}/elections`, { cookie }), params({ id })),
  createElection: (cookie: string, id: string, body: unknown) =>
    createElectionRoute(request(`/api/v1/sessions/${id}/elections`, { method: "POST", cookie, body }), params({ id })),
  round: (cookie: string, id: string, electionId: string, body: unknown) =>
    roundRoute(
      request(`/api/v1/sessions/${id}/elections/${electionId}/rounds`, { method: "POST", cookie, body }),
      params({ id, electionId }),
    ),
  deputyStatus: (cookie: string, id: string, body: unknown) =>
    deputyStatusRoute(request(`/api/v1/deputies/${id}/status`, { method: "POST", cookie, body }), params({ id })),
};

const SESSION = { startDate: "2026-11-20", endDate: "2026-11-21", venue: "镇政府三楼会议室" };

/** A township with one account per role and `count` deputies of the current term (the role deputy first). */
async function setup(count = 9) {
  const t = await townshipWithRoles();
  const deputies: Deputy[] = [t.deputy];
  for (let i = 1; i < count; i++) deputies.push(await createDeputy(t.township.id, t.term.id));
  const office = t.sessions.OFFICE.cookie;
  return { ...t, deputies, office };
}

async function newSession(cookie: string, over: Record<string, unknown> = {}) {
  const res = await api.create(cookie, { ...SESSION, ...over });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; number: number; version: number; title: string };
}

async function markAll(cookie: string, sessionId: string, deputies: Deputy[], status = "PRESENT") {
  const res = await api.mark(cookie, sessionId, { entries: deputies.map((d) => ({ deputyId: d.id, status })) });
  expect(res.status).toBe(200);
  return res.json();
}

/** A session opened with `present` of the deputies present. */
async function openSession(t: Awaited<ReturnType<typeof setup>>, present = t.deputies.length) {
  const s = await newSession(t.office);
  await markAll(t.office, s.id, t.deputies.slice(0, present));
  expect((await api.transition(t.office, s.id, "open")).status).toBe(200);
  return s;
}

describe("sessions API: the steps open to the caller (lib/sessions/steps.ts)", () => {
  it("the session's JSON carries each step, open or with its reason, and a refused step answers with it", async () => {
    const t = await setup(3);
    const s = await newSession(t.office);
    type Step = { name: string; open: boolean; reason?: string };
    const steps = async (cookie: string) => ((await (await api.get(cookie, s.id)).json()).steps as Step[]) ?? [];
    const open = (list: Step[]) => list.filter((x) => x.open).map((x) => x.name);
    expect(open(await steps(t.office))).toEqual(["open", "edit", "add_election"]);
    const chair = await steps(t.sessions.CHAIR.cookie);
    expect(open(chair)).toEqual([]);
    const close = chair.find((x) => x.name === "close");
    expect(close).toMatchObject({ open: false, reason: "只有召开中的会议可以闭会" });
    const refused = await api.transition(t.sessions.CHAIR.cookie, s.id, "close");
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.message).toBe(close?.reason);
    await markAll(t.office, s.id, t.deputies);
    expect((await api.transition(t.office, s.id, "open")).status).toBe(200);
    expect(open(await steps(t.office))).toEqual([
      "revoke_open",
      "close",
      "edit",
      "correct",
      "vote",
      "add_election",
      "record_round",
      "correct_record",
    ]);
    expect(open(await steps(t.sessions.CHAIR.cookie))).toEqual(["close"]);
  });
});

describe("sessions API: preparing a session", () => {
  it("numbers sessions 1, 2 within the term and makes each checklist from the default template", async () => {
    const t = await setup(3);
    const first = await newSession(t.office);
    const second = await newSession(t.office, { startDate: "2026-12-15", endDate: "2026-12-15" });
    expect([first.number, second.number]).toEqual([1, 2]);
    expect(first.title).toBe("测试镇第十七届人民代表大会第一次会议");
    const body = await (await api.get(t.office, first.id)).json();
    expect(body.checklist.map((c: { title: string }) => c.title)).toEqual(DEFAULT_CHECKLIST.map((c) => c.title));
    // The first step is due 30 days before the opening day.
    expect(body.checklist[0]).toMatchObject({ dueDate: "2026-10-21", done: false, position: 1 });
    expect(body.presence).toMatchObject({ sitting: 3, present: 0, required: 2, quorum: false });
    expect(await db.auditLog.count({ where: { action: "session.created" } })).toBe(2);
  });

  it("refuses an extraordinary session on too few deputies' proposal (地方组织法 第十四条第三款: 五分之一以上代表提议)", async () => {
    const t = await setup(9); // 9 sitting: 1.8, so 2 requesters are needed
    const extraordinary = { ...SESSION, kind: "EXTRAORDINARY", requestNote: "代表联名提议召开临时会议，审议重大事项" };
    const refused = await api.create(t.office, { ...extraordinary, requestedBy: 1 });
    expect(refused.status).toBe(400);
    const err = (await refused.json()).error;
    expect(err.code).toBe("VALIDATION");
    expect(err.fields.requestedBy).toMatch(/五分之一/);
    expect((await api.create(t.office, { ...SESSION, kind: "EXTRAORDINARY", requestedBy: 5 })).status).toBe(400); // no record of the request
    const ok = await api.create(t.office, { ...extraordinary, requestedBy: 2 });
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({ kind: "EXTRAORDINARY", callBy: "DEPUTIES", requestedBy: 2, number: 1 });
  });

  it("the presidium may call an extraordinary session on its own decision (主席团认为必要), no deputies' count", async () => {
    const t = await setup(9);
    const call = { ...SESSION, kind: "EXTRAORDINARY", callBy: "PRESIDIUM" };
    const noDecision = await api.create(t.office, call);
    expect(noDecision.status).toBe(400);
    expect((await noDecision.json()).error.fields.requestNote).toMatch(/主席团的决定/);
    const ok = await api.create(t.office, { ...call, requestNote: "第3次主席团会议决定召集临时会议，补选副镇长" });
    expect(ok.status).toBe(201);
    expect(await ok.json()).toMatchObject({ kind: "EXTRAORDINARY", callBy: "PRESIDIUM", requestedBy: null });
  });
});

describe("sessions API: role matrix", () => {
  // Independent expectation table, written from the specification (not read from PERMISSIONS).
  // Columns: OFFICE, CHAIR, PRESIDIUM, DEPUTY (of this term), UNIT.
  const EXPECTED: Record<string, [number, number, number, number, number]> = {
    "GET /sessions": [200, 200, 200, 200, 403],
    "POST /sessions": [201, 403, 403, 403, 403],
    "GET /sessions/{id}": [200, 200, 200, 200, 403],
    "PATCH /sessions/{id}": [200, 403, 403, 403, 403],
    "GET /sessions/{id}/attendance": [200, 200, 200, 403, 403],
    "PUT /sessions/{id}/attendance": [200, 403, 403, 403, 403],
    "POST /sessions/{id}/agenda": [201, 403, 403, 403, 403],
    "PATCH /sessions/{id}/agenda/{itemId}": [200, 403, 403, 403, 403],
    "PATCH /sessions/{id}/checklist/{itemId}": [200, 403, 403, 403, 403],
    "POST /sessions/{id}/transitions (close)": [200, 200, 403, 403, 403],
    "GET /sessions/{id}/votes": [200, 200, 200, 200, 403],
    "POST /sessions/{id}/votes": [201, 403, 403, 403, 403],
    "GET /sessions/{id}/elections": [200, 200, 200, 200, 403],
    "POST /sessions/{id}/elections": [201, 403, 403, 403, 403],
    "POST /sessions/{id}/elections/{e}/rounds": [201, 403, 403, 403, 403],
  };

  it("answers each role as the table says, and audits every refusal", async () => {
    const t = await setup(3);
    const s = await openSession(t);
    const item = await (await api.addAgenda(t.office, s.id, { kind: "ELECTION", title: "补选镇人大主席" })).json();
    const checklistItem = await db.sessionChecklistItem.findFirstOrThrow({ where: { sessionId: s.id } });
    const election = await (
      await api.createElection(t.office, s.id, {
        title: "补选镇人大主席",
        seats: 1,
        candidates: [{ name: "张三", nominatedBy: "PRESIDIUM" }],
        scrutineers: ["赵六"],
        counters: ["钱七"],
      })
    ).json();
    let version = (await db.congressSession.findUniqueOrThrow({ where: { id: s.id } })).version;
    /** Closing needs a sitting session each time: a fresh one, opened directly. */
    const sittingSession = async () => {
      const row = await newSession(t.office, { startDate: "2026-11-22", endDate: "2026-11-22" });
      await db.congressSession.update({ where: { id: row.id }, data: { status: "IN_PROGRESS" } });
      return row.id;
    };
    const calls: Record<string, (role: Role, cookie: string) => Promise<Response>> = {
      "GET /sessions": (_r, c) => api.list(c),
      "POST /sessions": (_r, c) => api.create(c, { ...SESSION, startDate: "2026-12-10", endDate: "2026-12-10" }),
      "GET /sessions/{id}": (_r, c) => api.get(c, s.id),
      "PATCH /sessions/{id}": async (_r, c) => {
        // The session is open: dates and venue are corrected with a reason (corrections); the minutes are edited here.
        const res = await api.patch(c, s.id, { minutes: "会议纪要", version });
        if (res.status === 200) version++;
        return res;
      },
      "GET /sessions/{id}/attendance": (_r, c) => api.roll(c, s.id),
      "PUT /sessions/{id}/attendance": (_r, c) =>
        api.mark(c, s.id, { entries: [], nonVotingAttendees: 27, publicAttendees: 20 }),
      "POST /sessions/{id}/agenda": (r, c) => api.addAgenda(c, s.id, { kind: "OTHER", title: `议程${r}` }),
      "PATCH /sessions/{id}/agenda/{itemId}": (_r, c) =>
        api.patchAgenda(c, s.id, item.id, {
          kind: "ELECTION",
          title: "补选镇人大主席",
          resolution: "选举产生镇人大主席",
        }),
      "PATCH /sessions/{id}/checklist/{itemId}": (_r, c) => api.tick(c, s.id, checklistItem.id, true),
      "POST /sessions/{id}/transitions (close)": async (_r, c) => api.transition(c, await sittingSession(), "close"),
      "GET /sessions/{id}/votes": (_r, c) => api.votes(c, s.id),
      "POST /sessions/{id}/votes": (_r, c) =>
        api.vote(c, s.id, {
          title: "关于政府工作报告的决议",
          mode: "SHOW_OF_HANDS",
          votesFor: 3,
          votesAgainst: 0,
          votesAbstain: 0,
        }),
      "GET /sessions/{id}/elections": (_r, c) => api.elections(c, s.id),
      "POST /sessions/{id}/elections": (_r, c) =>
        api.createElection(c, s.id, {
          title: "补选副镇长",
          seats: 1,
          candidates: [{ name: "李四", nominatedBy: "PRESIDIUM" }],
          scrutineers: ["赵六"],
          counters: ["钱七"],
        }),
      "POST /sessions/{id}/elections/{e}/rounds": (_r, c) =>
        api.round(c, s.id, election.id, {
          ballotsIssued: 3,
          ballotsReturned: 3,
          results: [{ candidateId: election.candidates[0].id, votesFor: 3, votesAgainst: 0, votesAbstain: 0 }],
        }),
    };
    expect(Object.keys(calls).sort()).toEqual(Object.keys(EXPECTED).sort());
    let refusals = 0;
    for (const [route, expected] of Object.entries(EXPECTED)) {
      for (const [i, role] of ROLES.entries()) {
        const res = await calls[route](role, t.sessions[role].cookie);
        expect(res.status, `${role} ${route}`).toBe(expected[i]);
        if (expected[i] === 403) {
          refusals++;
          expect((await res.json()).error.code, `${role} ${route}`).toBe("FORBIDDEN");
        }
      }
    }
    expect(await db.auditLog.count({ where: { action: "auth.denied" } })).toBe(refusals);
    // Only the office's writes went through.
    expect(await db.agendaItem.count({ where: { sessionId: s.id } })).toBe(2);
    expect(await db.sessionVote.count()).toBe(1);
    expect(await db.election.count()).toBe(2);
  });

  it("a deputy sees the sessions of their own term only: another term's session is 404 and not listed", async () => {
    const t = await setup(3);
    const s = await newSession(t.office);
    const oldTerm = await db.term.create({
      data: {
        townshipId: t.township.id,
        number: 16,
        startDate: new Date("2021-09-01"),
        endDate: new Date("2026-08-31"),
        isCurrent: false,
      },
    });
    const former = await createDeputy(t.township.id, oldTerm.id, "上届代表");
    const { cookie } = await signIn(await createUser(t.township.id, "DEPUTY", { deputyId: former.id }));
    expect((await api.get(cookie, s.id)).status).toBe(404);
    expect((await api.votes(cookie, s.id)).status).toBe(404);
    expect((await api.elections(cookie, s.id)).status).toBe(404);
    expect((await (await api.list(cookie)).json()).total).toBe(0);
    // The deputy of this term sees it; a deputy sees no preparation checklist.
    const own = await (await api.get(t.sessions.DEPUTY.cookie, s.id)).json();
    expect(own).toMatchObject({ id: s.id, checklist: [] });
  });

  it("another township's session is 404 for every route, and is not listed", async () => {
    const t = await setup(3);
    const s = await newSession(t.office);
    const other = await townshipWithRoles("别的镇");
    const c = other.sessions.OFFICE.cookie;
    const checklistItem = await db.sessionChecklistItem.findFirstOrThrow({ where: { sessionId: s.id } });
    for (const res of [
      await api.get(c, s.id),
      await api.patch(c, s.id, { venue: "别处", version: 1 }),
      await api.roll(c, s.id),
      await api.mark(c, s.id, { entries: [] }),
      await api.addAgenda(c, s.id, { kind: "OTHER", title: "别的议程" }),
      await api.tick(c, s.id, checklistItem.id, true),
      await api.transition(c, s.id, "open"),
      await api.vote(c, s.id, { title: "决议", mode: "SHOW_OF_HANDS", votesFor: 1, votesAgainst: 0, votesAbstain: 0 }),
      await api.elections(c, s.id),
    ])
      expect(res.status).toBe(404);
    expect((await (await api.list(c)).json()).total).toBe(0);
    expect((await db.congressSession.findUniqueOrThrow({ where: { id: s.id } })).venue).toBe(SESSION.venue);
  });
});

describe("sessions API: attendance and opening", () => {
  /** 10 deputies, one of whom resigned with effect the day before the session: 9 sitting. */
  async function withResignation() {
    const t = await setup(10);
    const leaver = t.deputies[9];
    const res = await api.deputyStatus(t.office, leaver.id, {
      status: "RESIGNED",
      effectiveDate: "2026-11-19",
      reason: "工作调动",
    });
    expect(res.status).toBe(200);
    const s = await newSession(t.office);
    return { ...t, leaver, sitting: t.deputies.slice(0, 9), s };
  }

  it("the roll lists only deputies sitting on the session date; one who resigned the day before is neither listed nor counted", async () => {
    const t = await withResignation();
    const roll = await (await api.roll(t.office, t.s.id)).json();
    expect(roll.deputies).toHaveLength(9);
    expect(roll.deputies.map((d: { id: string }) => d.id)).not.toContain(t.leaver.id);
    expect(roll.presence).toMatchObject({ sitting: 9, present: 0, required: 6 });
    const res = await api.mark(t.office, t.s.id, { entries: [{ deputyId: t.leaver.id, status: "PRESENT" }] });
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields.entries).toMatch(/在任/);
  });

  it("refuses to open without a quorum (409, in Chinese) and opens at exactly two thirds (地方组织法 第十四条第四款)", async () => {
    const t = await withResignation();
    await markAll(t.office, t.s.id, t.sitting.slice(0, 5));
    await markAll(t.office, t.s.id, t.sitting.slice(5, 6), "LEAVE");
    const refused = await api.transition(t.office, t.s.id, "open");
    expect(refused.status).toBe(409);
    const err = (await refused.json()).error;
    expect(err.code).toBe("CONFLICT");
    expect(err.message).toBe("出席代表 5 名，未达到在任代表 9 名的三分之二（至少 6 名），不能开幕");
    // 6 of 9 sitting is exactly two thirds (6 of the 10 on the books would not be).
    await markAll(t.office, t.s.id, t.sitting.slice(5, 6));
    const opened = await api.transition(t.office, t.s.id, "open");
    expect(opened.status).toBe(200);
    expect(await opened.json()).toMatchObject({ status: "IN_PROGRESS" });
    expect(await db.auditLog.count({ where: { action: "session.opened", recordId: t.s.id } })).toBe(1);
  });

  it("only the office opens a session; the chair may not", async () => {
    const t = await setup(3);
    const s = await newSession(t.office);
    await markAll(t.office, s.id, t.deputies);
    const res = await api.transition(t.sessions.CHAIR.cookie, s.id, "open");
    expect(res.status).toBe(403);
    expect((await db.congressSession.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("PREPARING");
  });
});

describe("sessions API: votes (地方组织法 第二十五条: 以全体代表的过半数通过)", () => {
  const count = (votesFor: number, votesAgainst: number, votesAbstain: number) => ({
    title: "关于财政预算的决议",
    mode: "SHOW_OF_HANDS",
    votesFor,
    votesAgainst,
    votesAbstain,
  });

  it("refuses more votes than deputies present (400)", async () => {
    const t = await setup(9);
    const s = await openSession(t, 6);
    const res = await api.vote(t.office, s.id, count(5, 1, 1));
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields.votesFor).toMatch(/超过出席代表 6 名/);
    expect(await db.sessionVote.count()).toBe(0);
  });

  it("passes with for × 2 > sitting, judged against all sitting deputies and not those present", async () => {
    const t = await setup(9);
    const s = await openSession(t, 6);
    // 4 of 6 present is a majority of those present, but 4 × 2 = 8 is not more than 9 sitting.
    const failed = await (await api.vote(t.office, s.id, count(4, 0, 2))).json();
    expect(failed).toMatchObject({ passed: false, presentAtVote: 6, sittingAtVote: 9, required: 5 });
    const passed = await api.vote(t.office, s.id, count(5, 1, 0));
    expect(passed.status).toBe(201);
    expect(await passed.json()).toMatchObject({ passed: true, votesFor: 5 });
    const list = await (await api.votes(t.sessions.DEPUTY.cookie, s.id)).json();
    expect(list.items.map((v: { passed: boolean }) => v.passed)).toEqual([false, true]);
    expect(await db.auditLog.count({ where: { action: "session.vote_recorded" } })).toBe(2);
  });

  it("re-checks the quorum at the vote: deputies who left early no longer count (409)", async () => {
    const t = await setup(9);
    const s = await openSession(t, 6);
    await markAll(t.office, s.id, t.deputies.slice(0, 1), "LEFT_EARLY");
    const res = await api.vote(t.office, s.id, count(5, 0, 0));
    expect(res.status).toBe(409);
    expect((await res.json()).error.message).toMatch(/不能表决/);
    expect(await db.sessionVote.count()).toBe(0);
  });

  it("records a named vote deputy by deputy, only from deputies present", async () => {
    const t = await setup(9);
    const s = await openSession(t, 7);
    const ballots = t.deputies
      .slice(0, 7)
      .map((d, i) => ({ deputyId: d.id, choice: i < 5 ? "FOR" : i === 5 ? "AGAINST" : "ABSTAIN" }));
    const absent = await api.vote(t.office, s.id, {
      title: "罢免案",
      mode: "SHOW_OF_HANDS",
      byName: true,
      ballots: [...ballots.slice(0, 6), { deputyId: t.deputies[8].id, choice: "FOR" }],
    });
    expect(absent.status).toBe(400);
    expect((await absent.json()).error.fields.ballots).toMatch(/出席/);
    // 无记名投票 never links a choice to a deputy.
    const secret = await api.vote(t.office, s.id, { title: "罢免案", mode: "SECRET_BALLOT", byName: true, ballots });
    expect(secret.status).toBe(400);
    expect((await secret.json()).error.fields.byName).toMatch(/无记名投票不能逐人登记/);
    const res = await api.vote(t.office, s.id, { title: "罢免案", mode: "SHOW_OF_HANDS", byName: true, ballots });
    expect(res.status).toBe(201);
    const vote = await res.json();
    expect(vote).toMatchObject({ mode: "SHOW_OF_HANDS", byName: true, votesFor: 5, votesAgainst: 1, votesAbstain: 1 });
    expect(vote.passed).toBe(true);
    expect(await db.namedVoteBallot.count({ where: { voteId: vote.id } })).toBe(7);
  });

  it("refuses a vote before the session opens (409)", async () => {
    const t = await setup(3);
    const s = await newSession(t.office);
    expect((await api.vote(t.office, s.id, count(3, 0, 0))).status).toBe(409);
  });
});

describe("sessions API: closing, edits afterwards, versions, checklist", () => {
  it("the chair closes the session; later edits are refused or audited with an _after_close action", async () => {
    const t = await setup(3);
    const s = await openSession(t);
    const item = await (
      await api.addAgenda(t.office, s.id, { kind: "RESOLUTION", title: "关于政府工作报告的决议" })
    ).json();
    const closed = await api.transition(t.sessions.CHAIR.cookie, s.id, "close");
    expect(closed.status).toBe(200);
    const after = await closed.json();
    expect(after).toMatchObject({ status: "CLOSED" });
    expect(await db.auditLog.count({ where: { action: "session.closed", recordId: s.id } })).toBe(1);
    expect((await api.transition(t.sessions.CHAIR.cookie, s.id, "close")).status).toBe(409);
    expect(
      (
        await api.vote(t.office, s.id, {
          title: "迟到的表决",
          mode: "SHOW_OF_HANDS",
          votesFor: 3,
          votesAgainst: 0,
          votesAbstain: 0,
        })
      ).status,
    ).toBe(409);

    expect(
      (await api.patch(t.office, s.id, { minutes: "会议纪要（闭会后整理）", version: after.version })).status,
    ).toBe(200);
    expect(
      (
        await api.patchAgenda(t.office, s.id, item.id, {
          kind: "RESOLUTION",
          title: "关于政府工作报告的决议",
          resolution: "批准政府工作报告",
        })
      ).status,
    ).toBe(200);
    // Closing freezes attendance (issue 13): a mark after 闭会 is refused.
    const lateMark = await api.mark(t.office, s.id, { entries: [{ deputyId: t.deputies[0].id, status: "LEAVE" }] });
    expect(lateMark.status).toBe(409);
    const actions = (
      await db.auditLog.findMany({ where: { action: { endsWith: "_after_close" } }, select: { action: true } })
    )
      .map((a) => a.action)
      .sort();
    expect(actions).toEqual(["session.agenda_updated_after_close", "session.updated_after_close"]);
  });

  it("a stale version is refused with 409 and changes nothing", async () => {
    const t = await setup(3);
    const s = await newSession(t.office);
    expect((await api.patch(t.office, s.id, { venue: "镇文化中心", version: s.version })).status).toBe(200);
    const stale = await api.patch(t.office, s.id, { venue: "村委会", version: s.version });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.code).toBe("CONFLICT");
    expect(await (await api.get(t.office, s.id)).json()).toMatchObject({ venue: "镇文化中心", version: s.version + 1 });
  });

  it("ticking a checklist item is audited with who did it; unticking clears it", async () => {
    const t = await setup(3);
    const s = await newSession(t.office);
    const item = await db.sessionChecklistItem.findFirstOrThrow({ where: { sessionId: s.id, position: 5 } });
    const res = await api.tick(t.office, s.id, item.id, true);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: item.id, done: true });
    expect(await db.sessionChecklistItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      doneById: t.users.OFFICE.id,
    });
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: "session.checklist_updated", recordId: item.id },
    });
    expect(audit).toMatchObject({ userId: t.users.OFFICE.id, recordType: "SessionChecklistItem" });
    expect(audit.after).toMatchObject({ title: "发出会议通知", doneById: t.users.OFFICE.id });
    await api.tick(t.office, s.id, item.id, false);
    expect(await db.sessionChecklistItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      doneAt: null,
      doneById: null,
    });
    expect(await db.auditLog.count({ where: { action: "session.checklist_updated" } })).toBe(2);
  });
});
