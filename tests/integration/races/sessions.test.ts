import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POST as createSessionRoute } from "@/app/api/v1/sessions/route";
import { PUT as attendanceRoute } from "@/app/api/v1/sessions/[id]/attendance/route";
import { POST as transitionRoute } from "@/app/api/v1/sessions/[id]/transitions/route";
import { POST as voteRoute } from "@/app/api/v1/sessions/[id]/votes/route";
import { POST as electionRoute } from "@/app/api/v1/sessions/[id]/elections/route";
import { POST as roundRoute } from "@/app/api/v1/sessions/[id]/elections/[electionId]/rounds/route";
import { createDeputy, params, request, townshipWithRoles } from "@/tests/factories";
import { audits, oneWins, race } from "./race";

const post = (url: string, cookie: string, body: unknown, method = "POST") => request(url, { method, cookie, body });

const api = {
  create: (c: string, body: unknown) => createSessionRoute(post("/api/v1/sessions", c, body)),
  mark: (c: string, id: string, body: unknown) =>
    attendanceRoute(post(`/api/v1/sessions/${id}/attendance`, c, body, "PUT"), params({ id })),
  transition: (c: string, id: string, action: string) =>
    transitionRoute(post(`/api/v1/sessions/${id}/transitions`, c, { action }), params({ id })),
  vote: (c: string, id: string, body: unknown) =>
    voteRoute(post(`/api/v1/sessions/${id}/votes`, c, body), params({ id })),
  election: (c: string, id: string, body: unknown) =>
    electionRoute(post(`/api/v1/sessions/${id}/elections`, c, body), params({ id })),
  round: (c: string, id: string, electionId: string, body: unknown) =>
    roundRoute(post(`/api/v1/sessions/${id}/elections/${electionId}/rounds`, c, body), params({ id, electionId })),
};

/** A township with five deputies and a session being prepared. */
async function preparing() {
  const t = await townshipWithRoles();
  const deputies = [t.deputy];
  for (let i = 1; i < 5; i++) deputies.push(await createDeputy(t.township.id, t.term.id));
  const office = t.sessions.OFFICE.cookie;
  const res = await api.create(office, { startDate: "2026-11-20", endDate: "2026-11-21", venue: "镇政府三楼会议室" });
  expect(res.status).toBe(201);
  const session = (await res.json()) as { id: string };
  const roll = { entries: deputies.map((d) => ({ deputyId: d.id, status: "PRESENT" })) };
  return { ...t, deputies, office, sessionId: session.id, roll };
}

/** The same, marked present and opened. */
async function sitting() {
  const t = await preparing();
  expect((await api.mark(t.office, t.sessionId, t.roll)).status).toBe(200);
  expect((await api.transition(t.office, t.sessionId, "open")).status).toBe(200);
  return t;
}

describe("races: sessions", () => {
  it("five 开幕 at once: one opens the session, four get 409, one audit row", async () => {
    const t = await preparing();
    expect((await api.mark(t.office, t.sessionId, t.roll)).status).toBe(200);
    oneWins(await race(5, () => api.transition(t.office, t.sessionId, "open")), 200);
    expect(await audits("session.opened")).toBe(1);
  });

  it("five 闭幕 at once: one closes it, four get 409, one audit row", async () => {
    const t = await sitting();
    oneWins(await race(5, () => api.transition(t.office, t.sessionId, "close")), 200);
    expect(await audits("session.closed")).toBe(1);
  });

  it("the same attendance marked five times at once: one is recorded, four get 409, one audit row", async () => {
    const t = await preparing();
    oneWins(await race(5, () => api.mark(t.office, t.sessionId, t.roll)), 200);
    expect(await db.sessionAttendance.count({ where: { sessionId: t.sessionId } })).toBe(5);
    expect(await audits("session.attendance_recorded")).toBe(1);
  });

  it("the same vote posted five times at once is stored once", async () => {
    const t = await sitting();
    const vote = {
      title: "关于镇人民政府工作报告的决议",
      mode: "SHOW_OF_HANDS",
      votesFor: 5,
      votesAgainst: 0,
      votesAbstain: 0,
    };
    oneWins(await race(5, () => api.vote(t.office, t.sessionId, vote)), 201);
    expect(await db.sessionVote.count({ where: { sessionId: t.sessionId } })).toBe(1);
    expect(await audits("session.vote_recorded")).toBe(1);
  });

  it("the same election round posted five times at once is counted once", async () => {
    const t = await sitting();
    const created = await api.election(t.office, t.sessionId, {
      title: "选举镇人大主席",
      seats: 1,
      candidates: [
        { name: "张三", nominatedBy: "PRESIDIUM" },
        { name: "李四", nominatedBy: "PRESIDIUM" },
      ],
      scrutineers: ["赵六"],
      counters: ["钱七"],
    });
    expect(created.status).toBe(201);
    const election = (await created.json()) as { id: string; candidates: { id: string }[] };
    // Nobody gets more than half: the seat stays open, so a second round could follow.
    const round = {
      roundNo: 1,
      ballotsIssued: 5,
      ballotsReturned: 5,
      results: election.candidates.map((c) => ({ candidateId: c.id, votesFor: 2, votesAgainst: 2, votesAbstain: 1 })),
    };
    oneWins(await race(5, () => api.round(t.office, t.sessionId, election.id, round)), 201);
    expect(await db.electionRound.count({ where: { electionId: election.id } })).toBe(1);
    expect(await audits("session.round_recorded")).toBe(1);
  });
});
