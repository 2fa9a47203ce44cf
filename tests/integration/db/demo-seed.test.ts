// `npm run demo` seeds 清水镇 into an empty database: the roster, a session in preparation and a
// dozen suggestions in every stage. Checked through the app's own functions, as the demo users see it.
import { workPlanProgress } from "@/lib/work-plans/public";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoIfEmpty } from "@/prisma/seed/seed";
import { DEMO_TOWNSHIP } from "@/prisma/seed/demo-data";
import { signIn } from "@/tests/factories";
import { listSuggestions } from "@/lib/suggestions/service";
import { listUnitInbox } from "@/lib/suggestions/inbox";
import { suggestionFigures } from "@/lib/suggestions/figures";
import { reminderCounts } from "@/lib/suggestions/reminders";
import { InboxQuery, SuggestionListQuery } from "@/lib/suggestions/schema";
import { todayInChina } from "@/lib/time/day";
import { supervisionYearFigures } from "@/lib/supervision/public";
import { presidiumTermCounts } from "@/lib/sessions/public";
import { petitionYearFigures } from "@/lib/petitions/figures";
import { noticeDue } from "@/lib/petitions/clock";
import { parseDay } from "@/lib/time/day";
import { listDocuments } from "@/lib/documents/service";
import { DocumentListQuery } from "@/lib/documents/schema";
import { publicityYearFigures } from "@/lib/publicity/figures";
import { DEMO_PUBLICITY_POINTS } from "@/prisma/seed/demo-year";
import { countyTownships } from "@/lib/county/access";

const actorOf = async (username: string) =>
  (await signIn(await db.user.findUniqueOrThrow({ where: { username } }))).actor;

/** Petitions: a year of cases in every state and channel, on the clock, the seed documents' cases among them. */
async function expectDemoPetitions(townshipId: string) {
  const petitions = await db.petition.findMany({
    where: { townshipId },
    include: { assignments: { include: { unit: true } }, petitioners: true, replies: true },
  });
  expect(new Set(petitions.map((p) => p.state)).size).toBe(7);
  expect(new Set(petitions.map((p) => p.channel)).size).toBe(5);
  expect(new Set(petitions.map((p) => p.category)).size).toBe(3);
  for (const p of petitions) {
    if (p.notifiedOn) expect(p.notifiedOn.getTime()).toBeLessThanOrEqual(noticeDue(p.receivedOn).getTime());
    if (p.closedOn) expect(p.closedOn.getTime()).toBeGreaterThanOrEqual(p.receivedOn.getTime());
    if (p.channel === "COUNTY_TRANSFER") expect(p.sourceDocNo).toMatch(/^县人大常委会信访转办〔\d{4}〕\d+号$/);
    if (p.accusedUnitId) expect(p.assignments.map((a) => a.unitId)).not.toContain(p.accusedUnitId);
    expect(p.petitioners.length).toBeGreaterThan(0);
  }
  const retiree = petitions.find((p) => p.content.includes("2740元"))!;
  expect(retiree).toMatchObject({ state: "CLOSED", resolved: true });
  const brickworks = petitions.find((p) => p.subject.includes("砖厂"))!;
  expect(brickworks).toMatchObject({ collective: true, extensionDays: 30, resolved: true });
  const police = petitions.find((p) => p.subject.includes("涉法涉诉"))!;
  expect(police).toMatchObject({ intake: "FORWARD", state: "TRANSFERRED" });
  expect(police.dueDate).not.toBeNull();
  expect(police.assignments.map((a) => a.unit.name)).toEqual(["派出所"]);
  expect(petitions.filter((p) => p.reportNumber).length).toBeGreaterThanOrEqual(2);

  const year = todayInChina().getUTCFullYear();
  const f = await petitionYearFigures(db, townshipId, year);
  const thisYear = petitions.filter((p) => p.receivedOn >= parseDay(`${year}-01-01`)).length;
  expect(f.total.received).toBe(thisYear);
}

describe("the demo seed", () => {
  it("fills an empty database once, with suggestions every demo account can work with", async () => {
    const text = await seedDemoIfEmpty(process.env.DATABASE_URL!);
    expect(text).toContain("office");
    const township = await db.township.findUniqueOrThrow({ where: { code: DEMO_TOWNSHIP.code } });
    expect(await db.deputy.count({ where: { townshipId: township.id } })).toBe(54);

    const office = await actorOf("office");
    const all = await listSuggestions(office, SuggestionListQuery.parse({ pageSize: 100 }));
    // 12 of the suggestions seed, and the retiree's issue raised at a reception day (demo-reception.ts).
    expect(all.total).toBe(13);
    expect(new Set(all.items.map((s) => s.state))).toEqual(
      new Set(["SUBMITTED", "REGISTERED", "ASSIGNED", "REHANDLING", "REPLIED", "CLOSED"]),
    );

    const mine = await listSuggestions(
      await actorOf("deputy"),
      SuggestionListQuery.parse({ mine: "true", pageSize: 100 }),
    );
    expect(mine.total).toBe(5);
    const inbox = await listUnitInbox(await actorOf("unit"), InboxQuery.parse({}));
    expect(inbox.total).toBe(4);

    // 2 satisfied or basically satisfied, 1 unsatisfied (sent back): 66.7 %.
    const figures = await suggestionFigures(await actorOf("chair"), { year: todayInChina().getUTCFullYear() });
    expect(figures).toMatchObject({ total: 13, rated: 3, satisfactionRate: 66.7 });
    expect((await reminderCounts(office)).overdue).toBeGreaterThanOrEqual(1);

    // Supervision: the concluded evaluation rated as the seed documents rate it, the inspection at three
    // markets, opinions whose tasks are in every state, and the presidium meeting that heard both reports.
    const sup = await supervisionYearFigures(db, township.id, 2026);
    expect(sup.evaluated.map((e) => [e.name, e.round1?.rate])).toEqual([
      ["民政办", 94],
      ["计生办", 100],
      ["国土所", 94],
      ["市政所", 94],
      ["广电站", 100],
    ]);
    expect(sup.activities.byKind.map((k) => [k.label, k.total, k.concluded])).toEqual([
      ["工作评议", 1, 1],
      ["执法检查", 1, 1],
    ]);
    expect(sup.opinions).toEqual({ total: 5, sent: 5 });
    expect(sup.rectifications).toMatchObject({ total: 5, accepted: 1, underReview: 1 });
    expect(sup.rectifications.overdue + sup.rectifications.pending).toBe(3);
    const inspection = await db.supervisionActivity.findFirstOrThrow({
      where: { townshipId: township.id, kind: "LAW_INSPECTION" },
      include: { findings: true },
    });
    expect(inspection.lawName).toBe("《中华人民共和国农产品质量安全法》");
    expect(inspection.places?.split("\n")).toHaveLength(3);
    expect(inspection.findings).toHaveLength(3);
    expect(await presidiumTermCounts(township.id, inspection.termId, new Date("2026-12-31"))).toEqual({
      meetingsHeld: 2,
      reportsHeard: 2,
      scheduled: 0,
    });

    await expectDemoPetitions(township.id);

    // The year's register (5 received, 3 sent, serials from 1) and publicity: 102 points, past 95, short of 145.
    const year = todayInChina().getUTCFullYear();
    const register = await listDocuments(office, DocumentListQuery.parse({ year, pageSize: 100 }));
    expect(register.total).toBe(8);
    expect(
      register.items
        .filter((d) => d.direction === "INCOMING")
        .map((d) => d.serial)
        .sort(),
    ).toEqual([1, 2, 3, 4, 5]);
    expect(await db.documentRecordLink.count({ where: { townshipId: township.id, module: "PETITION" } })).toBe(1);
    const publicity = await publicityYearFigures(db, township.id, year);
    expect(publicity).toMatchObject({
      score: DEMO_PUBLICITY_POINTS,
      items: 20,
      reachedTarget: true,
      reachedAdvanced: false,
    });
    // The year plan (工作要点) of 2026, approved; on 31 December: six items done by their linked records, the
    // session being prepared and the office's publicity item under way, 述职 (June, nothing linked) overdue.
    const plan = await workPlanProgress(db, township.id, 2026, { today: parseDay("2026-12-31") });
    expect(plan.plan).toMatchObject({ title: "清水镇人大主席团2026年工作要点", state: "APPROVED" });
    expect(plan).toMatchObject({ planned: 9, done: 6, inProgress: 2, notStarted: 1, overdue: 1, dropped: 0 });
    expect(plan.items.find((i) => i.progress.overdue)?.title).toBe("组织代表向选民述职");

    // 县人大: 示范县 holds 清水镇, and its account reads it through the county view only.
    const county = await actorOf("county");
    expect(county).toMatchObject({ role: "COUNTY", townshipId: township.id });
    expect(await countyTownships(county)).toMatchObject({
      county: { name: "示范县" },
      townships: [{ name: "清水镇" }],
    });

    // A second run keeps what is there.
    await seedDemoIfEmpty(process.env.DATABASE_URL!);
    expect(await db.suggestion.count()).toBe(13);
  });
});
