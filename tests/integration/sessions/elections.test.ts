import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { clearSettingsCache } from "@/lib/settings";
import { Prisma } from "@/lib/generated/prisma/client";
import { POST as createSessionRoute } from "@/app/api/v1/sessions/route";
import { PUT as putAttendanceRoute } from "@/app/api/v1/sessions/[id]/attendance/route";
import { POST as transitionRoute } from "@/app/api/v1/sessions/[id]/transitions/route";
import { GET as listElectionsRoute, POST as createElectionRoute } from "@/app/api/v1/sessions/[id]/elections/route";
import { GET as getElectionRoute } from "@/app/api/v1/sessions/[id]/elections/[electionId]/route";
import { POST as roundRoute } from "@/app/api/v1/sessions/[id]/elections/[electionId]/rounds/route";
import type { PresentedElection } from "@/lib/sessions/elections";
import { renderToStaticMarkup } from "react-dom/server";
import { createElement } from "react";
import { getBallot } from "@/lib/sessions/ballot";
import { Ballot, TallySheet } from "@/components/sessions/print/ballot";
import { createDeputy, params, request, townshipWithRoles } from "@/tests/factories";
import { candidatesNamed } from "@/tests/factories/elections";

type Deputy = { id: string };

const api = {
  createSession: (cookie: string, body: unknown) =>
    createSessionRoute(request("/api/v1/sessions", { method: "POST", cookie, body })),
  mark: (cookie: string, id: string, body: unknown) =>
    putAttendanceRoute(request(`/api/v1/sessions/${id}/attendance`, { method: "PUT", cookie, body }), params({ id })),
  transition: (cookie: string, id: string, action: "open" | "close") =>
    transitionRoute(
      request(`/api/v1/sessions/${id}/transitions`, { method: "POST", cookie, body: { action } }),
      params({ id }),
    ),
  list: (cookie: string, id: string) =>
    listElectionsRoute(request(`/api/v1/sessions/${id}/elections`, { cookie }), params({ id })),
  get: (cookie: string, id: string, electionId: string) =>
    getElectionRoute(request(`/api/v1/sessions/${id}/elections/${electionId}`, { cookie }), params({ id, electionId })),
  create: (cookie: string, id: string, body: unknown) =>
    createElectionRoute(request(`/api/v1/sessions/${id}/elections`, { method: "POST", cookie, body }), params({ id })),
  round: (cookie: string, id: string, electionId: string, body: unknown) =>
    roundRoute(
      request(`/api/v1/sessions/${id}/elections/${electionId}/rounds`, { method: "POST", cookie, body }),
      params({ id, electionId }),
    ),
};

const CHAIR_BY_ELECTION = { title: "补选镇人大主席", seats: 1, scrutineers: ["赵六"], counters: ["钱七", "孙八"] };
const presidium = (name: string) => ({ name, nominatedBy: "PRESIDIUM" });

/** 9 sitting deputies, `present` of them marked present; the session opened unless `open` is false. */
async function setup({ present = 9, open = true } = {}) {
  const t = await townshipWithRoles();
  const deputies: Deputy[] = [t.deputy];
  for (let i = 1; i < 9; i++) deputies.push(await createDeputy(t.township.id, t.term.id));
  const office = t.sessions.OFFICE.cookie;
  const res = await api.createSession(office, {
    startDate: "2026-11-20",
    endDate: "2026-11-21",
    venue: "镇政府三楼会议室",
  });
  expect(res.status).toBe(201);
  const session = (await res.json()) as { id: string };
  const mark = async (ds: Deputy[], status: string) =>
    expect((await api.mark(office, session.id, { entries: ds.map((d) => ({ deputyId: d.id, status })) })).status).toBe(
      200,
    );
  await mark(deputies.slice(0, present), "PRESENT");
  if (open) expect((await api.transition(office, session.id, "open")).status).toBe(200);
  return { ...t, deputies, office, session, mark };
}

async function createElection(t: Awaited<ReturnType<typeof setup>>, body: Record<string, unknown>) {
  const res = await api.create(t.office, t.session.id, { ...CHAIR_BY_ELECTION, ...body });
  expect(res.status).toBe(201);
  return (await res.json()) as PresentedElection;
}

async function round(
  t: Awaited<ReturnType<typeof setup>>,
  e: PresentedElection,
  body: Record<string, unknown>,
  status = 201,
) {
  const res = await api.round(t.office, t.session.id, e.id, body);
  const json = await res.json();
  expect(res.status, JSON.stringify(json)).toBe(status);
  return json;
}

const line = (candidateId: string, votesFor: number, votesAgainst: number, votesAbstain: number) => ({
  candidateId,
  votesFor,
  votesAgainst,
  votesAbstain,
});

describe("elections: setting one up (地方组织法 第二十六条、第二十七条、第三十条)", () => {
  it("refuses fewer candidates than seats (400 naming the field)", async () => {
    const t = await setup({ open: false });
    const res = await api.create(t.office, t.session.id, {
      ...CHAIR_BY_ELECTION,
      seats: 2,
      candidates: [presidium("张三")],
    });
    expect(res.status).toBe(400);
    const err = (await res.json()).error;
    expect(err.code).toBe("VALIDATION");
    expect(err.fields.candidates).toMatch(/至少须有 2 名/);
    expect(await db.election.count()).toBe(0);
  });

  it("refuses a joint nomination by 9 deputies and takes one by 10 (a setting: sessions.jointNominationMin)", async () => {
    const t = await setup({ open: false });
    const body = (n: number) => ({
      ...CHAIR_BY_ELECTION,
      candidates: [presidium("张三"), { name: "李四", nominatedBy: "DEPUTIES", nominatorCount: n }],
    });
    const refused = await api.create(t.office, t.session.id, body(9));
    expect(refused.status).toBe(400);
    const err = (await refused.json()).error;
    expect(Object.keys(err.fields)).toEqual(["candidates.1.nominatorCount"]);
    expect(err.fields["candidates.1.nominatorCount"]).toMatch(/10 名以上代表/);
    // Still being prepared is fine: elections are set up before the session opens.
    const e = await createElection(t, body(10));
    // Listed in 姓氏笔画 order (李 before 张: both 7 strokes, 横 before 折); position keeps the nomination order.
    expect(e.candidates).toEqual([
      expect.objectContaining({ name: "李四", nominatedBy: "DEPUTIES", nominatorCount: 10, position: 2 }),
      expect.objectContaining({
        name: "张三",
        nominatedBy: "PRESIDIUM",
        nominatorCount: null,
        position: 1,
        electedInRound: null,
      }),
    ]);
    expect(e).toMatchObject({
      seats: 1,
      scrutineers: ["赵六"],
      counters: ["钱七", "孙八"],
      rounds: [],
      elected: [],
      seatsUnfilled: 1,
      furtherRoundNeeded: false,
    });
    expect(await db.auditLog.count({ where: { action: "session.election_created", recordId: e.id } })).toBe(1);
  });

  it("refuses a closed session, and an agenda item of another session", async () => {
    const t = await setup();
    const res = await api.create(t.office, t.session.id, {
      ...CHAIR_BY_ELECTION,
      candidates: [presidium("张三")],
      agendaItemId: crypto.randomUUID(),
    });
    expect(res.status).toBe(400);
    expect((await api.transition(t.office, t.session.id, "close")).status).toBe(200);
    expect(
      (await api.create(t.office, t.session.id, { ...CHAIR_BY_ELECTION, candidates: [presidium("张三")] })).status,
    ).toBe(409);
  });
});

describe("elections: rounds (地方组织法 第二十五条、第二十九条; 选举法 第四十四条 by analogy)", () => {
  it("more ballots returned than issued voids the round: stored without a count, held again (重新投票)", async () => {
    const t = await setup();
    const e = await createElection(t, { candidates: [presidium("张三"), presidium("李四")] });
    const [zhang, li] = candidatesNamed(e, "张三", "李四");
    const after = await round(t, e, {
      ballotsIssued: 9,
      ballotsReturned: 10,
      results: [line(zhang.id, 8, 1, 1), line(li.id, 2, 7, 1)],
    });
    expect(after.rounds).toHaveLength(1);
    expect(after.rounds[0]).toMatchObject({ roundNo: 1, void: true, seats: 1, ballotsIssued: 9, ballotsReturned: 10 });
    // A void round shows no valid-ballot figure and keeps no count.
    expect(after.rounds[0]).toMatchObject({ validBallots: null, results: [] });
    // The same candidates, listed in 姓氏笔画 order (李 before 张).
    expect(after.nextRound).toMatchObject({ kind: "REVOTE", seats: 1, candidateIds: [li.id, zhang.id], open: false });
    expect(after).toMatchObject({
      elected: [],
      seatsUnfilled: 1,
      furtherRoundNeeded: true,
      nextRoundNo: 2,
      nextRoundCandidateIds: [li.id, zhang.id],
    });
    // The vote is taken again as round 2 of the same election.
    const again = await round(t, e, {
      ballotsIssued: 9,
      ballotsReturned: 9,
      results: [line(zhang.id, 8, 1, 0), line(li.id, 1, 7, 1)],
    });
    expect(again).toMatchObject({
      elected: [{ candidateId: zhang.id, name: "张三", roundNo: 2, votesFor: 8 }],
      seatsUnfilled: 0,
      furtherRoundNeeded: false,
    });
    expect(await db.electionRound.count({ where: { electionId: e.id } })).toBe(2);
  });

  it("elects with more than half of ALL sitting deputies, not of those voting (7 of 9 present)", async () => {
    const t = await setup({ present: 7 });
    const e = await createElection(t, { candidates: [presidium("张三"), presidium("李四")] });
    const [zhang, li] = candidatesNamed(e, "张三", "李四");
    // 4 of 7 ballots is most of those voting, but 4 × 2 = 8 is not more than 9 sitting.
    const first = await round(t, e, {
      ballotsIssued: 7,
      ballotsReturned: 7,
      results: [line(zhang.id, 4, 3, 0), line(li.id, 3, 4, 0)],
    });
    expect(first.rounds[0]).toMatchObject({
      sittingAtRound: 9,
      presentAtRound: 7,
      required: 5,
      validBallots: 7,
      void: false,
    });
    expect(first).toMatchObject({ elected: [], seatsUnfilled: 1, furtherRoundNeeded: true });
    const second = await round(t, e, {
      ballotsIssued: 7,
      ballotsReturned: 7,
      invalidBallots: 1,
      results: [line(zhang.id, 5, 1, 0), line(li.id, 1, 5, 0)],
    });
    expect(second).toMatchObject({ elected: [{ name: "张三", roundNo: 2 }], seatsUnfilled: 0 });
    const [elected, other] = candidatesNamed(second as PresentedElection, "张三", "李四");
    expect([elected.electedInRound, other.electedInRound]).toEqual([2, null]);
    // Nothing more to elect.
    expect(
      (await api.round(t.office, t.session.id, e.id, { ballotsIssued: 7, ballotsReturned: 7, results: [] })).status,
    ).toBe(409);
  });

  it("a tie at the last seat is re-voted among the tied only (再次投票), not sent to 另行选举", async () => {
    const t = await setup();
    const e = await createElection(t, {
      title: "选举镇人大副主席",
      seats: 2,
      candidates: [presidium("张三"), presidium("李四"), presidium("王五")],
    });
    const [zhang, li, wang] = candidatesNamed(e, "张三", "李四", "王五");
    const first = await round(t, e, {
      ballotsIssued: 9,
      ballotsReturned: 9,
      results: [line(zhang.id, 8, 1, 0), line(li.id, 5, 3, 1), line(wang.id, 5, 4, 0)],
    });
    expect(first).toMatchObject({
      elected: [{ name: "张三", roundNo: 1 }],
      seatsUnfilled: 1,
      furtherRoundNeeded: true,
      nextRoundCandidateIds: [li.id, wang.id],
      nextRound: { kind: "RUNOFF", seats: 1, candidateIds: [li.id, wang.id], open: false },
    });
    const tied = first.rounds[0].results.filter((r: { tied: boolean }) => r.tied).map((r: { name: string }) => r.name);
    expect(tied).toEqual(["王五", "李四"]); // in ballot order: 王 (4 strokes) before 李 (7)
    // An elected candidate cannot stand again.
    expect(
      (
        await api.round(t.office, t.session.id, e.id, {
          ballotsIssued: 9,
          ballotsReturned: 9,
          candidateIds: [zhang.id, li.id],
          results: [],
        })
      ).status,
    ).toBe(400);
    const second = await round(t, e, {
      ballotsIssued: 9,
      ballotsReturned: 9,
      candidateIds: [li.id, wang.id],
      results: [line(li.id, 6, 3, 0), line(wang.id, 3, 6, 0)],
    });
    expect(second.rounds[1]).toMatchObject({ roundNo: 2, seats: 1, kind: "RUNOFF" });
    expect(second.elected.map((x: { name: string; roundNo: number }) => [x.name, x.roundNo])).toEqual([
      ["张三", 1],
      ["李四", 2],
    ]);
    expect(second).toMatchObject({ seatsUnfilled: 0, furtherRoundNeeded: false });
    expect(await db.auditLog.count({ where: { action: "session.round_recorded" } })).toBe(2);
  });

  it("ballot by ballot: an over-marked ballot is void; unmarked counts as abstaining; write-ins are tallied", async () => {
    const t = await setup();
    const e = await createElection(t, { candidates: [presidium("张三"), presidium("李四")] });
    const [zhang, li] = candidatesNamed(e, "张三", "李四");
    const ballots = [
      ...Array.from({ length: 5 }, () => ({ marks: { [zhang.id]: "FOR", [li.id]: "AGAINST" } })),
      ...Array.from({ length: 2 }, () => ({ marks: { [zhang.id]: "AGAINST", [li.id]: "FOR" } })),
      { marks: { [zhang.id]: "AGAINST" }, writeIns: ["周九"] },
      { marks: { [zhang.id]: "FOR", [li.id]: "FOR" } }, // two choices for one seat: void
    ];
    const after = await round(t, e, { ballotsIssued: 9, ballotsReturned: 9, ballots });
    const r = after.rounds[0];
    expect(r).toMatchObject({ invalidBallots: 1, validBallots: 8, void: false });
    const byName = Object.fromEntries(r.results.map((x: { name: string }) => [x.name, x]));
    expect(byName["张三"]).toMatchObject({ votesFor: 5, votesAgainst: 3, votesAbstain: 0, elected: true });
    expect(byName["李四"]).toMatchObject({ votesFor: 2, votesAgainst: 5, votesAbstain: 1, elected: false });
    expect(byName["周九"]).toMatchObject({ candidateId: null, writeInName: "周九", votesFor: 1, elected: false });
    // Only totals are kept: not the ballots, and nowhere a deputy.
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "session.round_recorded" } });
    expect(JSON.stringify(audit.after)).not.toContain("marks");
    expect(await db.electionRoundResult.count()).toBe(3);
  });

  it("ballots keyed must add up with the invalid ones to the ballots returned", async () => {
    const t = await setup();
    const e = await createElection(t, { candidates: [presidium("张三")] });
    const res = await api.round(t.office, t.session.id, e.id, {
      ballotsIssued: 9,
      ballotsReturned: 9,
      ballots: [{ marks: { [e.candidates[0].id]: "FOR" } }],
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields.ballots).toMatch(/与收回选票 9 张不符/);
  });

  it("a candidate's for + against + abstain cannot exceed the valid ballots", async () => {
    const t = await setup();
    const e = await createElection(t, { candidates: [presidium("张三")] });
    const res = await api.round(t.office, t.session.id, e.id, {
      ballotsIssued: 9,
      ballotsReturned: 9,
      invalidBallots: 2,
      results: [line(e.candidates[0].id, 6, 1, 1)],
    });
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields.results).toMatch(/超过有效票 7 张/);
    expect(await db.electionRound.count()).toBe(0);
  });

  it("re-checks the quorum: with deputies gone the round is refused (409); before opening too", async () => {
    const t = await setup();
    const e = await createElection(t, { candidates: [presidium("张三")] });
    await t.mark(t.deputies.slice(0, 4), "LEFT_EARLY");
    const res = await api.round(t.office, t.session.id, e.id, {
      ballotsIssued: 5,
      ballotsReturned: 5,
      results: [line(e.candidates[0].id, 5, 0, 0)],
    });
    expect(res.status).toBe(409);
    expect((await res.json()).error.message).toMatch(/不足在任代表 9 名的三分之二/);

    const p = await setup({ open: false });
    const pe = await createElection(p, { candidates: [presidium("张三")] });
    expect(
      (
        await api.round(p.office, p.session.id, pe.id, {
          ballotsIssued: 9,
          ballotsReturned: 9,
          results: [line(pe.candidates[0].id, 9, 0, 0)],
        })
      ).status,
    ).toBe(409);
  });

  it("no stored row can link a ballot to a deputy (secret ballot, 地方组织法 第二十八条: 选举采用无记名投票方式)", () => {
    for (const fields of [
      Prisma.ElectionRoundScalarFieldEnum,
      Prisma.ElectionRoundResultScalarFieldEnum,
      Prisma.ElectionScalarFieldEnum,
      Prisma.ElectionCandidateScalarFieldEnum,
    ])
      expect(Object.keys(fields).filter((f) => /deputy|user/i.test(f))).toEqual([]);
  });
});

describe("elections: who may read them", () => {
  it("deputies of the term read the results; another township gets 404", async () => {
    const t = await setup();
    const e = await createElection(t, { candidates: [presidium("张三")] });
    await round(t, e, { ballotsIssued: 9, ballotsReturned: 9, results: [line(e.candidates[0].id, 7, 1, 1)] });
    const list = await (await api.list(t.sessions.DEPUTY.cookie, t.session.id)).json();
    expect(list).toMatchObject({ total: 1, items: [{ id: e.id, elected: [{ name: "张三" }] }] });
    expect((await api.get(t.sessions.PRESIDIUM.cookie, t.session.id, e.id)).status).toBe(200);
    const other = await townshipWithRoles("别的镇");
    expect((await api.list(other.sessions.OFFICE.cookie, t.session.id)).status).toBe(404);
    expect((await api.get(other.sessions.OFFICE.cookie, t.session.id, e.id)).status).toBe(404);
    expect(
      (
        await api.round(other.sessions.OFFICE.cookie, t.session.id, e.id, {
          ballotsIssued: 1,
          ballotsReturned: 1,
          results: [],
        })
      ).status,
    ).toBe(404);
  });
});

describe("elections: the printed ballot", () => {
  const html = async (t: Awaited<ReturnType<typeof setup>>, electionId: string) => {
    const data = await getBallot(t.sessions.OFFICE.actor, t.session.id, electionId);
    return {
      data,
      ballot: renderToStaticMarkup(createElement(Ballot, { data })),
      tally: renderToStaticMarkup(createElement(TallySheet, { data })),
    };
  };

  it("prints every candidate and all seats before the first round", async () => {
    const t = await setup();
    const e = await createElection(t, {
      title: "选举镇人大副主席",
      seats: 2,
      candidates: [presidium("张三"), presidium("李四"), presidium("王五")],
    });
    const { data, ballot } = await html(t, e.id);
    expect(data).toMatchObject({ election: { seats: 2 }, round: { roundNo: 1, further: false } });
    expect(data.candidates.map((c) => c.name)).toEqual(["王五", "李四", "张三"]); // 姓氏笔画: 王 4; 李, 张 7 (横 before 折)
    expect(ballot).toContain("本次选举应选 2 名");
    expect(ballot).not.toContain("另行选举");
  });

  it("a further round (另行选举) prints only those standing again and the seats still open", async () => {
    const t = await setup();
    const e = await createElection(t, {
      title: "选举镇人大副主席",
      seats: 2,
      candidates: [presidium("张三"), presidium("李四"), presidium("王五")],
    });
    const [zhang, li, wang] = candidatesNamed(e, "张三", "李四", "王五");
    await round(t, e, {
      ballotsIssued: 9,
      ballotsReturned: 9,
      results: [line(zhang.id, 8, 1, 0), line(li.id, 4, 4, 1), line(wang.id, 3, 6, 0)],
    });
    const second = await html(t, e.id);
    expect(second.data).toMatchObject({ election: { seats: 1 }, round: { roundNo: 2, further: true } });
    expect(second.data.candidates.map((c) => c.name)).toEqual(["王五", "李四"]);
    expect(second.ballot).toContain("另行选举（第2轮）");
    expect(second.ballot).toContain("本次另行选举应选 1 名");
    expect(second.ballot).not.toContain("张三");
    expect(second.ballot.match(/另选他人：/g)).toHaveLength(1); // one write-in line per open seat
    expect(second.tally).toContain("另行选举（第2轮）");
    expect(second.tally).toContain("第 2 次投票");

    // The office let only 李四 stand in round 2 and he fell short: round 3 is between those who stood.
    await round(t, e, { ballotsIssued: 9, ballotsReturned: 9, candidateIds: [li.id], results: [line(li.id, 4, 5, 0)] });
    const third = await html(t, e.id);
    expect(third.data).toMatchObject({ election: { seats: 1 }, round: { roundNo: 3, further: true } });
    expect(third.data.candidates.map((c) => c.name)).toEqual(["李四"]);
    expect(third.ballot).toContain("另行选举（第3轮）");
  });

  it("prints the candidates the office ticked for a further round; an elected one or a stranger is ignored", async () => {
    const t = await setup();
    const e = await createElection(t, {
      title: "选举镇人大副主席",
      seats: 2,
      candidates: [presidium("张三"), presidium("李四"), presidium("王五")],
    });
    const [zhang, li, wang] = candidatesNamed(e, "张三", "李四", "王五");
    await round(t, e, {
      ballotsIssued: 9,
      ballotsReturned: 9,
      results: [line(zhang.id, 8, 1, 0), line(li.id, 4, 4, 1), line(wang.id, 3, 6, 0)],
    });
    const ticked = await getBallot(t.sessions.OFFICE.actor, t.session.id, e.id, [wang.id]);
    expect(ticked.candidates.map((c) => c.name)).toEqual(["王五"]);
    const withElected = await getBallot(t.sessions.OFFICE.actor, t.session.id, e.id, [zhang.id, wang.id]);
    expect(withElected.candidates.map((c) => c.name)).toEqual(["王五", "李四"]);
    const stranger = await getBallot(t.sessions.OFFICE.actor, t.session.id, e.id, [crypto.randomUUID()]);
    expect(stranger.candidates.map((c) => c.name)).toEqual(["王五", "李四"]);
  });

  it("ignores ticked candidates before the first round", async () => {
    const t = await setup();
    const e = await createElection(t, {
      title: "选举镇人大副主席",
      seats: 1,
      candidates: [presidium("张三"), presidium("李四")],
    });
    const data = await getBallot(t.sessions.OFFICE.actor, t.session.id, e.id, [candidatesNamed(e, "张三")[0].id]);
    expect(data.candidates.map((c) => c.name)).toEqual(["李四", "张三"]);
  });

  it("prints the candidates in 姓氏笔画 order, not the order entered, even when the roster is in pinyin order", async () => {
    const t = await setup();
    const given = ["谢", "丁", "周", "黄", "王", "李", "刘", "赵", "陈"];
    const e = await createElection(t, {
      title: "选举镇人民代表大会主席团成员",
      seats: 5,
      candidates: given.map((g) => presidium(`${g}某`)),
    });
    const stroke = ["丁", "王", "刘", "李", "陈", "周", "赵", "黄", "谢"];
    const { data, ballot, tally } = await html(t, e.id);
    expect(data.candidates.map((c) => c.name)).toEqual(stroke.map((g) => `${g}某`));
    const at = (markup: string) => stroke.map((g) => markup.indexOf(`${g}某`));
    for (const markup of [ballot, tally]) expect(at(markup)).toEqual([...at(markup)].sort((a, b) => a - b));
    await db.setting.upsert({
      where: { key: "roster.namePinyinOrder" },
      create: { key: "roster.namePinyinOrder", value: 1 },
      update: { value: 1 },
    });
    clearSettingsCache();
    try {
      const again = await getBallot(t.sessions.OFFICE.actor, t.session.id, e.id);
      expect(again.candidates.map((c) => c.name)).toEqual(stroke.map((g) => `${g}某`));
    } finally {
      await db.setting.delete({ where: { key: "roster.namePinyinOrder" } });
      clearSettingsCache();
    }
  });
});
