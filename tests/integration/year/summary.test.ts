// The annual summary against a fixture township counted by hand: a few records of every module over 2025 and 2026
// (made through Prisma: each module's own tests go through its services), the previous year's comparison, the
// half-year brief, the term review, and the reconciliation — every key figure is the module's own function's figure.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseDay } from "@/lib/time/day";
import { dutyYearFigures } from "@/lib/duties/public";
import { groupActivityYearFigures } from "@/lib/group-activities/public";
import { petitionYearFigures } from "@/lib/petitions/public";
import { receptionYearFigures } from "@/lib/reception/public";
import { sessionYearFigures } from "@/lib/sessions/public";
import { suggestionFiguresOf } from "@/lib/suggestions/public";
import { supervisionYearFigures } from "@/lib/supervision/public";
import { trainingYearFigures } from "@/lib/training/public";
import { KEY_FIGURES, termReview, yearSummary, type KeyFigureId, type YearSummary } from "@/lib/year/summary";
import { createDeputy, createTerm, createTownship } from "@/tests/factories";

const d = parseDay;
const TODAY = d("2026-12-20");

/**
 * By hand (today 2026-12-20; term 17 from 2026-09-01; 3 deputies):
 * - 人代会: 2026 one session (10-10 – 10-11, closed, 应到 3, 2 present, one vote passed); 2025 none.
 *   主席团: one meeting each year (2025-05-01; 2026-10-15 with 1 report heard).
 * - 建议: 2026 three counted (assigned, replied, closed; two replies) and a draft (not counted); 2025 two closed.
 * - 监督: 2026 two activities (approved, concluded) and a draft plan (not counted); 2025 one.
 * - 信访: 2026 three received (2-10, 5-20, 8-1; one closed and resolved); 2025 one (3-1).
 * - 接待选民日: 2026 two held (3 visitors, 2 solved) and one cancelled; 2025 one held, 1 visitor.
 * - 培训: 2026 one (4-10, 2 enrolled); 2025 two (3-1, 10-1).
 * - 小组活动: 2026 two (3-5 with 2 attending, 9-5 with 1); 2025 one (6-1).
 * - 履职登记: 2026 two verified (voters 10 + 5) and one waiting; 2025 one verified.
 * First half: 2026 sessions 0, suggestions 2 (raised 3-1, 5-1), supervision 1 (4-1), petitions 2, reception 1 day
 * (2 visitors, 2 solved), training 1, group activities 1, duties 1 (4-1); 2025: suggestions 1 (2-1), supervision 1,
 * petitions 1, reception 0, training 1, group activities 1, duties 1.
 */
async function fixture() {
  const tw = await createTownship("年度总结镇");
  const tid = tw.id;
  const term = await createTerm(tid);
  const deps = [await createDeputy(tid, term.id), await createDeputy(tid, term.id), await createDeputy(tid, term.id)];
  const t = { townshipId: tid };

  const s = await db.congressSession.create({
    data: {
      ...t,
      termId: term.id,
      number: 1,
      startDate: d("2026-10-10"),
      endDate: d("2026-10-11"),
      venue: "镇会议室",
      status: "CLOSED",
      sittingAtOpening: 3,
    },
  });
  for (const [i, dep] of deps.entries()) {
    await db.sessionRollEntry.create({
      data: { ...t, sessionId: s.id, deputyId: dep.id, name: dep.name, position: i + 1, namePosition: i + 1 },
    });
    await db.sessionAttendance.create({
      data: { ...t, sessionId: s.id, deputyId: dep.id, status: i < 2 ? "PRESENT" : "ABSENT" },
    });
  }
  await db.sessionVote.create({
    data: {
      ...t,
      sessionId: s.id,
      title: "关于政府工作报告的决议",
      mode: "SHOW_OF_HANDS",
      votesFor: 2,
      votesAgainst: 0,
      votesAbstain: 0,
      presentAtVote: 2,
      sittingAtVote: 3,
      passed: true,
    },
  });
  await db.presidiumMeeting.create({ data: { ...t, termId: term.id, number: 1, date: d("2025-05-01") } });
  await db.presidiumMeeting.create({
    data: {
      ...t,
      termId: term.id,
      number: 2,
      date: d("2026-10-15"),
      topics: { create: [{ ...t, position: 1, kind: "REPORT", title: "听取镇政府关于民生实事的报告" }] },
    },
  });

  const category = await db.suggestionCategory.create({ data: { ...t, name: "交通", position: 1 } });
  const suggestion = async (raisedOn: string, state: string, replied = false) => {
    const year = Number(raisedOn.slice(0, 4));
    const row = await db.suggestion.create({
      data: {
        ...t,
        title: `建议${year}${state}`,
        content: "内容",
        categoryId: category.id,
        year,
        raisedOn: d(raisedOn),
        state: state as "CLOSED",
      },
    });
    if (replied)
      await db.suggestionEvent.create({ data: { ...t, suggestionId: row.id, type: "reply", replyClass: "A" } });
  };
  await suggestion("2026-03-01", "ASSIGNED");
  await suggestion("2026-08-01", "REPLIED", true);
  await suggestion("2026-05-01", "CLOSED", true);
  await suggestion("2026-04-01", "DRAFT");
  await suggestion("2025-02-01", "CLOSED", true);
  await suggestion("2025-09-01", "CLOSED", true);

  const activity = (year: number, state: string, start: string) =>
    db.supervisionActivity.create({
      data: {
        ...t,
        termId: term.id,
        year,
        kind: "SITE_VISIT",
        title: `视察${start}`,
        startDate: d(start),
        state: state as "APPROVED",
      },
    });
  await activity(2026, "APPROVED", "2026-04-01");
  await activity(2026, "CONCLUDED", "2026-09-01");
  await activity(2026, "DRAFT", "2026-11-01");
  await activity(2025, "CONCLUDED", "2025-05-01");

  const petition = (receivedOn: string, closed = false) =>
    db.petition.create({
      data: {
        ...t,
        channel: "VISIT",
        category: "APPEAL_CLAIM",
        receivedOn: d(receivedOn),
        subject: "道路破损",
        content: "反映道路破损",
        ...(closed ? { state: "CLOSED" as const, closedOn: d("2026-03-01"), resolved: true } : {}),
      },
    });
  await petition("2026-02-10", true);
  await petition("2026-05-20");
  await petition("2026-08-01");
  await petition("2025-03-01");

  const day = async (date: string, visits: boolean[], cancelled = false) => {
    const row = await db.receptionDay.create({
      data: { ...t, year: Number(date.slice(0, 4)), date: d(date), cancelled, heldOn: cancelled ? null : d(date) },
    });
    for (const solved of visits)
      await db.receptionVisit.create({
        data: { ...t, receptionDayId: row.id, visitorName: "群众", issue: "反映问题", solved },
      });
  };
  await day("2026-03-15", [true, true]);
  await day("2026-09-15", [false]);
  await day("2026-11-15", [], true);
  await day("2025-09-15", [true]);

  const training = async (start: string, enrolled: number) => {
    const row = await db.trainingSession.create({
      data: { ...t, termId: term.id, kind: "DUTY", title: "履职培训", startDate: d(start), endDate: d(start), days: 1 },
    });
    for (let i = 0; i < enrolled; i++)
      await db.trainingEnrolment.create({
        data: { ...t, sessionId: row.id, deputyId: deps[i].id, attendance: i === 0 ? "PRESENT" : "ABSENT" },
      });
  };
  await training("2026-04-10", 2);
  await training("2025-03-01", 1);
  await training("2025-10-01", 1);

  const group = await db.representativeGroup.create({ data: { ...t, name: "第一代表小组", kind: "GROUP" } });
  const groupActivity = async (heldOn: string, attending: number) => {
    const row = await db.groupActivity.create({
      data: { ...t, groupId: group.id, heldOn: d(heldOn), topic: "视察村道", content: "视察村道建设" },
    });
    for (let i = 0; i < attending; i++)
      await db.groupActivityAttendee.create({ data: { ...t, activityId: row.id, deputyId: deps[i].id } });
  };
  await groupActivity("2026-03-05", 2);
  await groupActivity("2026-09-05", 1);
  await groupActivity("2025-06-01", 1);

  const duty = (occurredOn: string, voters: number, state: "VERIFIED" | "SUBMITTED" = "VERIFIED") =>
    db.deputyDuty.create({
      data: {
        ...t,
        deputyId: deps[0].id,
        kind: "VOTER_CONTACT",
        occurredOn: d(occurredOn),
        description: "走访选民",
        voters,
        state,
      },
    });
  await duty("2026-04-01", 10);
  await duty("2026-08-01", 5);
  await duty("2026-09-01", 3, "SUBMITTED");
  await duty("2025-05-01", 4);

  // Another township's records in the same year: none of them counted.
  const other = await createTownship("年度总结他镇");
  await db.petition.create({
    data: {
      townshipId: other.id,
      channel: "VISIT",
      category: "APPEAL_CLAIM",
      receivedOn: d("2026-04-01"),
      subject: "他镇来信",
      content: "他镇来信",
    },
  });
  return { tid, term };
}

const fig = (s: YearSummary, id: KeyFigureId) => s.figures.find((f) => f.id === id)!;

describe("yearSummary", () => {
  it("has every figure as counted by hand, the year before beside it and the change", async () => {
    const { tid } = await fixture();
    const s = await yearSummary(tid, 2026, { today: TODAY });
    expect(s).toMatchObject({ year: 2026, period: "year", from: "2026-01-01", through: "2026-12-20" });
    expect(s.previous.year).toBe(2025);
    const row = (id: KeyFigureId) => {
      const f = fig(s, id);
      return [f.value, f.previous, f.change];
    };
    expect(row("sessions.held")).toEqual([1, 0, 1]);
    expect(row("sessions.days")).toEqual([2, 0, 2]);
    expect(row("sessions.attendanceRate")).toEqual([67, null, null]);
    expect(row("sessions.votesPassed")).toEqual([1, 0, 1]);
    expect(row("presidium.meetings")).toEqual([1, 1, 0]);
    expect(row("presidium.reports")).toEqual([1, 0, 1]);
    expect(row("suggestions.total")).toEqual([3, 2, 1]);
    expect(row("suggestions.replied")).toEqual([2, 2, 0]);
    expect(row("supervision.activities")).toEqual([2, 1, 1]);
    expect(row("petitions.received")).toEqual([3, 1, 2]);
    expect(row("petitions.resolved")).toEqual([1, 0, 1]);
    expect(row("reception.days")).toEqual([2, 1, 1]);
    expect(row("reception.visitors")).toEqual([3, 1, 2]);
    expect(row("reception.solved")).toEqual([2, 1, 1]);
    expect(row("training.held")).toEqual([1, 2, -1]);
    expect(row("training.enrolled")).toEqual([2, 2, 0]);
    expect(row("groups.activities")).toEqual([2, 1, 1]);
    expect(row("groups.attendances")).toEqual([3, 1, 2]);
    expect(row("duties.verified")).toEqual([2, 1, 1]);
    expect(row("duties.votersReached")).toEqual([15, 4, 11]);
    expect(fig(s, "petitions.received").href).toBe("/petitions?year=2026");
    expect(fig(s, "presidium.meetings").href).toBe("/presidium-meetings");
  });

  it("reconciles: each key figure is the module's own function's figure, for both years", async () => {
    const { tid } = await fixture();
    const s = await yearSummary(tid, 2026, { today: TODAY });
    for (const [year, set] of [
      [2026, s.current],
      [2025, s.previous],
    ] as const) {
      const own = {
        year,
        through: set.through,
        sessions: await sessionYearFigures(db, tid, year, { today: TODAY }),
        supervision: await supervisionYearFigures(db, tid, year, { today: TODAY }),
        suggestions: await suggestionFiguresOf(tid, { year }),
        petitions: await petitionYearFigures(db, tid, year, { today: TODAY }),
        reception: await receptionYearFigures(db, tid, year),
        training: await trainingYearFigures(db, tid, year, { today: TODAY }),
        groups: await groupActivityYearFigures(db, tid, year, TODAY),
        duties: await dutyYearFigures(db, tid, year),
      };
      for (const k of KEY_FIGURES) expect([k.id, k.value(set)]).toEqual([k.id, k.value(own)]);
      const list = year === 2026 ? s.figures.map((f) => f.value) : s.figures.map((f) => f.previous);
      expect(list).toEqual(KEY_FIGURES.map((k) => k.value(own)));
    }
  });

  it("gives the half-year brief through 30 June against the first half of the year before", async () => {
    const { tid } = await fixture();
    const s = await yearSummary(tid, 2026, { period: "half", today: TODAY });
    expect(s).toMatchObject({ period: "half", through: "2026-06-30" });
    expect(s.previous.through).toBe("2025-06-30");
    const pair = (id: KeyFigureId) => [fig(s, id).value, fig(s, id).previous];
    expect(pair("sessions.held")).toEqual([0, 0]);
    expect(pair("suggestions.total")).toEqual([2, 1]);
    expect(pair("supervision.activities")).toEqual([1, 1]);
    expect(pair("reception.days")).toEqual([1, 0]);
    expect(pair("reception.visitors")).toEqual([2, 0]);
    expect(pair("reception.solved")).toEqual([2, 0]);
    expect(pair("petitions.received")).toEqual([2, 1]);
    expect(pair("training.held")).toEqual([1, 1]);
    expect(pair("groups.activities")).toEqual([1, 1]);
    expect(pair("duties.verified")).toEqual([1, 1]);
    expect(pair("duties.votersReached")).toEqual([10, 4]);
  });

  it("reviews the term year by year with the counts summed and the rates not", async () => {
    const { tid, term } = await fixture();
    const r = await termReview(tid, term.id, { today: TODAY });
    expect(r.rows.map((x) => x.year)).toEqual([2026]);
    expect(r.rows[0].values["petitions.received"]).toBe(3);
    expect(r.totals["petitions.received"]).toBe(3);
    expect(r.totals["suggestions.onTimeRate"]).toBeNull();
  });
});
