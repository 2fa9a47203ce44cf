// The year's congress and presidium figures against a fixture counted by hand (records made through Prisma: the
// session, vote and election services are tested on their own; here only what the year counts).
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseDay } from "@/lib/time/day";
import { presidiumTermCounts, sessionYearFigures } from "@/lib/sessions/public";
import { createDeputy, createTerm, createTownship } from "@/tests/factories";

const d = parseDay;
type Status = "PREPARING" | "IN_PROGRESS" | "CLOSED";

async function session(
  t: { townshipId: string; termId: string },
  number: number,
  start: string,
  end: string,
  status: Status,
  kind: "REGULAR" | "EXTRAORDINARY" = "REGULAR",
  sitting: number | null = null,
) {
  return db.congressSession.create({
    data: {
      ...t,
      number,
      kind,
      startDate: d(start),
      endDate: d(end),
      venue: "镇政府会议室",
      status,
      sittingAtOpening: status === "PREPARING" ? null : sitting,
    },
  });
}

async function roll(townshipId: string, sessionId: string, marks: [{ id: string; name: string }, string | null][]) {
  let i = 0;
  for (const [dep, status] of marks) {
    i++;
    await db.sessionRollEntry.create({
      data: { townshipId, sessionId, deputyId: dep.id, name: dep.name, position: i, namePosition: i },
    });
    if (status)
      await db.sessionAttendance.create({
        data: { townshipId, sessionId, deputyId: dep.id, status: status as "PRESENT" },
      });
  }
}

async function vote(townshipId: string, sessionId: string, passed: boolean, extra: object = {}) {
  return db.sessionVote.create({
    data: {
      townshipId,
      sessionId,
      title: "关于本镇财政预算的决议",
      mode: "SHOW_OF_HANDS",
      votesFor: passed ? 4 : 1,
      votesAgainst: passed ? 0 : 3,
      votesAbstain: 0,
      presentAtVote: 4,
      sittingAtVote: 5,
      passed,
      ...extra,
    },
  });
}

async function election(
  townshipId: string,
  sessionId: string,
  title: string,
  rounds: { roundNo: number; revision?: number; void?: boolean; superseded?: boolean; results: [string, boolean][] }[],
) {
  const e = await db.election.create({
    data: { townshipId, sessionId, title, seats: 2, scrutineers: [], counters: [] },
  });
  for (const r of rounds) {
    const round = await db.electionRound.create({
      data: {
        townshipId,
        electionId: e.id,
        roundNo: r.roundNo,
        revision: r.revision ?? 1,
        seats: 2,
        ballotsIssued: 5,
        ballotsReturned: 5,
        void: r.void ?? false,
        sittingAtRound: 5,
        presentAtRound: 5,
        supersededAt: r.superseded ? new Date() : null,
      },
    });
    let i = 0;
    for (const [name, elected] of r.results) {
      const c = await db.electionCandidate.create({
        data: { townshipId, electionId: e.id, name, nominatedBy: "PRESIDIUM", position: ++i + r.roundNo * 10 },
      });
      await db.electionRoundResult.create({
        data: {
          townshipId,
          roundId: round.id,
          candidateId: c.id,
          votesFor: 4,
          votesAgainst: 1,
          votesAbstain: 0,
          elected,
        },
      });
    }
  }
  return e;
}

async function meeting(t: { townshipId: string; termId: string }, number: number, date: string, topics: string[]) {
  await db.presidiumMeeting.create({
    data: {
      ...t,
      number,
      date: d(date),
      topics: {
        create: topics.map((kind, i) => ({
          townshipId: t.townshipId,
          position: i + 1,
          kind: kind as "REPORT",
          title: `议题${i + 1}`,
        })),
      },
    },
  });
}

/**
 * By hand. Term 16 (2021-09 – 2026-08) and term 17 (the factory's, from 2026-09-01); 5 deputies.
 * 2026: A (16th #5, 3-10 – 3-11, closed, 应到 5: 4 present, 1 on leave; a mark of a deputy not on the roll not
 * counted; votes: passed, passed-but-revoked, passed-then-corrected to passed, not passed → 3 taken, 2 passed;
 * 补选: the current round elects 张三, its superseded first entry 李四 not counted); B (17th #1, 9-1 – 9-3, in
 * progress, 应到 4: 3 present, 1 absent; a void round then a revote electing 王五, 赵六, a write-in not elected);
 * F (17th #2, extraordinary, 11-5, closed, 应到 4, no marks); C (17th #3, preparing: not counted).
 * → held 3 (regular 2, extraordinary 1), days 2 + 3 + 1 = 6, sitting 13, present 7, leave 1, absent 1, rate 54%;
 * votes 3 taken, 2 passed; elections 2, elected 3. First half: A only → 1, 2 days, 5/4 → 80%, 2 passed, 1 elected.
 * 2025: D (16th #4, 2025-12-30 – 2026-01-02: by its opening day) → held 1, 4 days, sitting 5, present 0.
 * Presidium (today 2026-12-20): 2-1 (16th, 2 reports + a matter), 10-1 (17th, 1 report) held; 12-28 and 2027-1-5
 * not → 2 meetings, 3 reports; first half 1 meeting, 2 reports. Another township's session and meeting: not counted.
 */
async function fixture() {
  const township = await createTownship("年度会议镇");
  const tid = township.id;
  const t17 = await createTerm(tid);
  const t16 = await db.term.create({
    data: { townshipId: tid, number: 16, startDate: d("2021-09-01"), endDate: d("2026-08-31"), isCurrent: false },
  });
  const deps = [];
  for (let i = 0; i < 6; i++) deps.push(await createDeputy(tid, t17.id));
  const s16 = { townshipId: tid, termId: t16.id };
  const s17 = { townshipId: tid, termId: t17.id };

  const a = await session(s16, 5, "2026-03-10", "2026-03-11", "CLOSED", "REGULAR", 5);
  await roll(tid, a.id, [
    [deps[0], "PRESENT"],
    [deps[1], "PRESENT"],
    [deps[2], "PRESENT"],
    [deps[3], "PRESENT"],
    [deps[4], "LEAVE"],
  ]);
  await db.sessionAttendance.create({
    data: { townshipId: tid, sessionId: a.id, deputyId: deps[5].id, status: "PRESENT" },
  });
  await vote(tid, a.id, true);
  await vote(tid, a.id, true, { revokedAt: new Date(), revokeReason: "误录" });
  const wrong = await vote(tid, a.id, true, { supersededAt: new Date() });
  await vote(tid, a.id, true, { correctsId: wrong.id, correctionReason: "票数录错" });
  await vote(tid, a.id, false);
  await election(tid, a.id, "补选镇人大主席", [
    { roundNo: 1, superseded: true, results: [["李四", true]] },
    { roundNo: 1, revision: 2, results: [["张三", true]] },
  ]);

  const b = await session(s17, 1, "2026-09-01", "2026-09-03", "IN_PROGRESS", "REGULAR", 4);
  await roll(tid, b.id, [
    [deps[0], "PRESENT"],
    [deps[1], "PRESENT"],
    [deps[2], "PRESENT"],
    [deps[3], "ABSENT"],
  ]);
  await election(tid, b.id, "选举镇人大副主席", [
    { roundNo: 1, void: true, results: [] },
    {
      roundNo: 2,
      results: [
        ["王五", true],
        ["赵六", true],
        ["钱七", false],
      ],
    },
  ]);
  await session(s17, 2, "2026-11-05", "2026-11-05", "CLOSED", "EXTRAORDINARY", 4);
  await session(s17, 3, "2026-12-20", "2026-12-20", "PREPARING", "EXTRAORDINARY");
  const old = await session(s16, 4, "2025-12-30", "2026-01-02", "CLOSED", "REGULAR", 5);
  await vote(tid, old.id, true);

  await meeting(s16, 1, "2026-02-01", ["REPORT", "REPORT", "MATTER"]);
  await meeting(s17, 1, "2026-10-01", ["REPORT"]);
  await meeting(s17, 2, "2026-12-28", ["REPORT"]);
  await meeting(s17, 3, "2027-01-05", ["REPORT"]);

  const other = await createTownship("年度会议他镇");
  const oterm = await createTerm(other.id);
  await session({ townshipId: other.id, termId: oterm.id }, 1, "2026-09-02", "2026-09-02", "CLOSED", "REGULAR", 9);
  await meeting({ townshipId: other.id, termId: oterm.id }, 1, "2026-09-03", ["REPORT"]);
  return { tid, t17 };
}

describe("sessionYearFigures", () => {
  it("counts the year's sessions, attendance, votes, elections and presidium meetings as counted by hand", async () => {
    const { tid, t17 } = await fixture();
    const today = d("2026-12-20");
    const f = await sessionYearFigures(db, tid, 2026, { today });
    expect(f.through).toBe("2026-12-20");
    expect(f.sessions).toMatchObject({ held: 3, regular: 2, extraordinary: 1, days: 6 });
    expect(f.sessions.items.map((s) => [s.termNumber, s.number, s.days, s.sitting, s.present])).toEqual([
      [16, 5, 2, 5, 4],
      [17, 1, 3, 4, 3],
      [17, 2, 1, 4, 0],
    ]);
    expect(f.attendance).toEqual({ sitting: 13, present: 7, leave: 1, absent: 1, rate: 54 });
    expect(f.votes).toEqual({ taken: 3, passed: 2 });
    expect(f.elections.held).toBe(2);
    expect(f.elections.elected).toBe(3);
    expect(f.elections.items.map((e) => [e.title, e.names.sort()])).toEqual([
      ["补选镇人大主席", ["张三"]],
      ["选举镇人大副主席", ["王五", "赵六"]],
    ]);
    expect(f.presidium).toEqual({ meetingsHeld: 2, reportsHeard: 3 });

    const half = await sessionYearFigures(db, tid, 2026, { today, through: d("2026-06-30") });
    expect(half.through).toBe("2026-06-30");
    expect(half.sessions).toMatchObject({ held: 1, regular: 1, extraordinary: 0, days: 2 });
    expect(half.attendance.rate).toBe(80);
    expect(half.votes.passed).toBe(2);
    expect(half.elections.elected).toBe(1);
    expect(half.presidium).toEqual({ meetingsHeld: 1, reportsHeard: 2 });

    const before = await sessionYearFigures(db, tid, 2025, { today });
    expect(before.sessions).toMatchObject({ held: 1, days: 4 });
    expect(before.attendance).toEqual({ sitting: 5, present: 0, leave: 0, absent: 0, rate: 0 });
    expect(before.votes).toEqual({ taken: 1, passed: 1 });
    expect(before.presidium).toEqual({ meetingsHeld: 0, reportsHeard: 0 });

    // The term's counts share the rule: term 17 has held one meeting by 12-20, two are ahead.
    expect(await presidiumTermCounts(tid, t17.id, today)).toEqual({ meetingsHeld: 1, reportsHeard: 1, scheduled: 2 });
  });
});
