// The year's batch functions (every sitting deputy at once: the 公示, the dashboard) against the one-deputy
// functions the record uses, for every deputy of a fixture; hand counts for a few; a constant number of queries
// whatever the number of deputies; the merged suggestions function's valuable rule.
import { describe, expect, it } from "vitest";
import { db, type Tx } from "@/lib/db";
import { deputyDutiesRecord, deputyDutyCounts, sixOneCard, sixOneCards } from "@/lib/duties/public";
import { deputyTrainingRecord, deputyTrainingYears } from "@/lib/training/public";
import { deputyGroupActivities, deputyGroupActivityCounts } from "@/lib/group-activities/public";
import { deputySuggestions } from "@/lib/suggestions/public";
import { createDeputy, createTerm, createTownship } from "@/tests/factories";

const YEAR = 2026;
const day = (s: string) => new Date(`${s}T00:00:00Z`);

async function fixture(extraDeputies = 0) {
  const t = await createTownship("批量镇");
  const tid = t.id;
  const term = await createTerm(tid);
  const [a, b, c, d, gone] = await Promise.all(
    ["甲", "乙", "丙", "丁", "戊"].map((n) => createDeputy(tid, term.id, `${n}批量`)),
  );
  for (let i = 0; i < extraDeputies; i++) await createDeputy(tid, term.id, `多${i}`);
  await db.deputy.update({ where: { id: gone.id }, data: { leftDate: day("2026-10-01") } });
  const [g1, g2] = await Promise.all(
    ["第一代表小组", "第二代表小组"].map((name) =>
      db.representativeGroup.create({ data: { townshipId: tid, name, kind: "GROUP" } }),
    ),
  );
  await db.deputy.updateMany({ where: { id: { in: [a.id, b.id] } }, data: { groupId: g1.id } });
  await db.deputy.update({ where: { id: c.id }, data: { groupId: g2.id } });
  // d is in no group.

  // Duties: a — 2 contacts (12 + 9 voters) verified, 1 forum verified (20), 1 practical pending, 1 dispute
  // returned, 1 contact of last year; b — 1 poverty help (3 households) verified, 1 practical verified.
  const duty = (deputyId: string, kind: string, on: string, state: string, over: Record<string, unknown> = {}) =>
    db.deputyDuty.create({
      data: { townshipId: tid, deputyId, kind, occurredOn: day(on), description: kind, state, ...over } as never,
    });
  await duty(a.id, "VOTER_CONTACT", "2026-10-02", "VERIFIED", { voters: 12 });
  await duty(a.id, "VOTER_CONTACT", "2026-11-02", "VERIFIED", { voters: 9 });
  await duty(a.id, "VOTER_FORUM", "2026-11-12", "VERIFIED", { voters: 20 });
  await duty(a.id, "PRACTICAL_THING", "2026-11-13", "SUBMITTED");
  await duty(a.id, "DISPUTE_MEDIATION", "2026-11-14", "RETURNED");
  await duty(a.id, "VOTER_CONTACT", "2025-12-30", "VERIFIED", { voters: 50 });
  await duty(b.id, "POVERTY_HELP", "2026-10-20", "VERIFIED", { households: 3, persons: 7 });
  await duty(b.id, "PRACTICAL_THING", "2026-10-21", "VERIFIED");
  await duty(gone.id, "PRACTICAL_THING", "2026-09-21", "VERIFIED");

  // Suggestions: a leads one replied B (valuable) and one replied C; b leads a motion placed on the agenda
  // (valuable) that a co-signs (not a's valuable one); c leads a draft (no one's).
  const category = await db.suggestionCategory.create({ data: { townshipId: tid, name: "交通", position: 1 } });
  const suggestion = async (
    title: string,
    proposers: [string, boolean][],
    over: Record<string, unknown>,
    replyClass?: "A" | "B" | "C",
  ) => {
    const s = await db.suggestion.create({
      data: { townshipId: tid, title, content: "内容", categoryId: category.id, year: YEAR, ...over } as never,
    });
    for (const [deputyId, lead] of proposers)
      await db.suggestionProposer.create({ data: { townshipId: tid, suggestionId: s.id, deputyId, lead } });
    if (replyClass)
      await db.suggestionEvent.create({ data: { townshipId: tid, suggestionId: s.id, type: "reply", replyClass } });
    return s;
  };
  await suggestion("修桥", [[a.id, true]], { state: "REPLIED", seq: 1 }, "C");
  await suggestion("修桥（再答复）", [[a.id, true]], { state: "REPLIED", seq: 2 }, "B");
  await suggestion(
    "议案",
    [
      [b.id, true],
      [a.id, false],
    ],
    { state: "REGISTERED", kind: "MOTION", motionDecision: "PLACE_ON_AGENDA", seq: 3 },
  );
  await suggestion("草稿", [[c.id, true]], { state: "DRAFT" });

  // Trainings: one of 2 days (a present, b leave, c absent, d not yet recorded), one of 1.5 days (a and b
  // present), one cancelled (a present: not counted), one of next year (a present: counts for the term only).
  const training = async (startDate: string, days: number, marks: [string, string | null][], cancelled = false) => {
    const s = await db.trainingSession.create({
      data: {
        townshipId: tid,
        termId: term.id,
        kind: "THEMATIC",
        title: `培训${startDate}`,
        startDate: day(startDate),
        endDate: day(startDate),
        days,
        cancelled,
      },
    });
    for (const [deputyId, attendance] of marks)
      await db.trainingEnrolment.create({
        data: { townshipId: tid, sessionId: s.id, deputyId, attendance: attendance as never },
      });
  };
  await training("2026-09-20", 2, [
    [a.id, "PRESENT"],
    [b.id, "LEAVE"],
    [c.id, "ABSENT"],
    [d.id, null],
  ]);
  await training("2026-11-05", 1.5, [
    [a.id, "PRESENT"],
    [b.id, "PRESENT"],
  ]);
  await training("2026-11-25", 1, [[a.id, "PRESENT"]], true);
  await training("2027-03-01", 1, [[a.id, "PRESENT"]]);

  // Group activities: g1 twice (a at both, b at one), g2 once (c), g1 once last year (a).
  const activity = async (groupId: string, on: string, attendees: string[]) => {
    const x = await db.groupActivity.create({
      data: { townshipId: tid, groupId, heldOn: day(on), topic: `活动${on}`, content: "内容" },
    });
    for (const deputyId of attendees)
      await db.groupActivityAttendee.create({ data: { townshipId: tid, activityId: x.id, deputyId } });
  };
  await activity(g1.id, "2026-10-10", [a.id, b.id]);
  await activity(g1.id, "2026-11-10", [a.id]);
  await activity(g2.id, "2026-10-15", [c.id]);
  await activity(g1.id, "2025-11-10", [a.id]);
  return { tid, a, b, c, d, gone, sitting: [a, b, c, d] };
}

/** A client that counts the queries made through it. */
function counting() {
  let n = 0;
  const client = db.$extends({
    query: {
      $allModels: {
        async $allOperations({ args, query }) {
          n++;
          return query(args);
        },
      },
    },
  }) as unknown as Tx;
  return { client, count: () => n };
}

describe("the year's batch functions", () => {
  it("equal the one-deputy functions for every sitting deputy, and cover only them", async () => {
    const w = await fixture();
    const [cards, duties, trainings, groups] = await Promise.all([
      sixOneCards(db, w.tid, YEAR),
      deputyDutyCounts(db, w.tid, YEAR),
      deputyTrainingYears(db, w.tid, YEAR),
      deputyGroupActivityCounts(db, w.tid, YEAR),
    ]);
    // The sitting deputies; the one who left is not listed.
    for (const m of [cards, duties, trainings, groups]) {
      expect(new Set(m.keys())).toEqual(new Set(w.sitting.map((x) => x.id)));
      expect(m.has(w.gone.id)).toBe(false);
    }
    for (const { id } of w.sitting) {
      expect(cards.get(id)).toEqual(await sixOneCard(db, w.tid, id, YEAR));
      const record = await deputyDutiesRecord(db, w.tid, id, YEAR);
      expect(duties.get(id)!.byKind).toEqual(
        record.byKind.map(({ kind, label, verified }) => ({ kind, label, verified })),
      );
      const training = (await deputyTrainingRecord(db, w.tid, id, YEAR))!;
      expect(trainings.get(id)).toEqual({ deputyId: id, tally: training.tally, daysThisTerm: training.daysThisTerm });
      expect(trainings.get(id)!.tally.days).toBe(training.daysThisYear);
      const group = await deputyGroupActivities(db, w.tid, id, YEAR);
      expect(groups.get(id)).toEqual({ deputyId: id, group: group.group, attended: group.attended.length });
    }
    // Hand counts.
    const doneOf = (id: string) => Object.fromEntries(cards.get(id)!.lines.map((l) => [l.key, l.done]));
    expect(doneOf(w.a.id)).toEqual({ voters: 41, forums: 1, suggestions: 1, practical: 0, households: 0, disputes: 0 });
    expect(doneOf(w.b.id)).toEqual({ voters: 0, forums: 0, suggestions: 1, practical: 1, households: 3, disputes: 0 });
    expect(duties.get(w.a.id)!.verified).toBe(3);
    expect(duties.get(w.b.id)!.verified).toBe(2);
    expect(duties.get(w.d.id)!.verified).toBe(0);
    expect(trainings.get(w.a.id)).toMatchObject({
      tally: { attended: 2, leave: 0, absent: 0, days: 3.5 },
      daysThisTerm: 4.5,
    });
    expect(trainings.get(w.b.id)!.tally).toEqual({ attended: 1, leave: 1, absent: 0, days: 1.5 });
    expect(trainings.get(w.c.id)!.tally).toEqual({ attended: 0, leave: 0, absent: 1, days: 0 });
    expect(groups.get(w.a.id)).toMatchObject({ attended: 2, group: { name: "第一代表小组", held: 2 } });
    expect(groups.get(w.c.id)).toMatchObject({ attended: 1, group: { name: "第二代表小组", held: 1 } });
    expect(groups.get(w.d.id)).toMatchObject({ attended: 0, group: null });
    // Named deputies only, when named.
    expect([...(await sixOneCards(db, w.tid, YEAR, [w.gone.id])).keys()]).toEqual([w.gone.id]);
    expect((await deputyDutyCounts(db, w.tid, YEAR, [w.gone.id])).get(w.gone.id)!.verified).toBe(1);
  });

  it("make the same number of queries for 4 deputies and for 24", async () => {
    const run = async (tid: string) => {
      const c = counting();
      await sixOneCards(c.client, tid, YEAR);
      await deputyDutyCounts(c.client, tid, YEAR);
      await deputyTrainingYears(c.client, tid, YEAR);
      await deputyGroupActivityCounts(c.client, tid, YEAR);
      return c.count();
    };
    const small = await fixture();
    const large = await fixture(20);
    expect((await sixOneCards(db, large.tid, YEAR)).size).toBe(24);
    const queries = await run(small.tid);
    expect(queries).toBeGreaterThan(4);
    expect(await run(large.tid)).toBe(queries);
  });
});

describe("deputies' suggestions (the record's list and the 六个一 card's valuable ones)", () => {
  it("marks valuable only those the deputy led that were answered A/B or placed on the agenda", async () => {
    const w = await fixture();
    const all = await deputySuggestions(db, w.tid, [w.a.id, w.b.id, w.c.id], YEAR);
    const view = (id: string) => all.get(id)!.map((s) => [s.title, s.lead, s.replyClass, s.motionOnAgenda, s.valuable]);
    expect(view(w.a.id)).toEqual([
      ["修桥", true, "C", false, false],
      ["修桥（再答复）", true, "B", false, true],
      ["议案", false, null, true, false],
    ]);
    expect(view(w.b.id)).toEqual([["议案", true, null, true, true]]);
    expect(view(w.c.id)).toEqual([]);
  });
});
