// workPlanProgress against a hand-counted plan: items done by their links, under way, overdue, set by the
// office, dropped, a link whose record is gone; by month and by module; another township's records unseen.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseDay } from "@/lib/time/day";
import { workPlanProgress } from "@/lib/work-plans/public";
import { createTerm, createTownship } from "@/tests/factories";

async function world() {
  const township = await createTownship("进度镇");
  const term = await createTerm(township.id);
  const tid = township.id;
  const session = (number: number, start: string, status: "PREPARING" | "CLOSED") =>
    db.congressSession.create({
      data: {
        townshipId: tid,
        termId: term.id,
        number,
        startDate: parseDay(start),
        endDate: parseDay(start),
        venue: "会议室",
        status,
      },
    });
  const held = await session(1, "2027-02-20", "CLOSED");
  const coming = await session(2, "2027-12-20", "PREPARING");
  const training = await db.trainingSession.create({
    data: {
      townshipId: tid,
      termId: term.id,
      kind: "DUTY",
      title: "履职学习",
      startDate: parseDay("2027-03-10"),
      endDate: parseDay("2027-03-10"),
      days: 1,
    },
  });
  const plan = await db.workPlan.create({
    data: { townshipId: tid, year: 2027, title: "进度镇人大主席团2027年工作要点", state: "APPROVED" },
  });
  let position = 0;
  const item = (
    month: number | null,
    module: "SESSION" | "TRAINING" | "OTHER" | "SUPERVISION",
    links: { module: "SESSION" | "TRAINING" | "SUPERVISION"; recordId: string }[] = [],
    status: "PLANNED" | "DONE" | "DROPPED" = "PLANNED",
  ) =>
    db.workPlanItem.create({
      data: {
        townshipId: tid,
        planId: plan.id,
        position: position++,
        month,
        title: `事项${position}`,
        responsible: "主席团",
        module,
        status,
        links: { create: links.map((l) => ({ townshipId: tid, ...l })) },
      },
    });
  await item(2, "SESSION", [{ module: "SESSION", recordId: held.id }]); // done by its link
  await item(12, "SESSION", [{ module: "SESSION", recordId: coming.id }]); // under way
  await item(3, "TRAINING", [
    { module: "TRAINING", recordId: training.id },
    { module: "SESSION", recordId: held.id },
  ]); // done: both happened
  await item(1, "SUPERVISION"); // overdue: month passed, nothing linked
  await item(9, "SUPERVISION"); // not started, not yet due
  await item(4, "OTHER", [], "DONE"); // the office says done
  await item(null, "OTHER", [], "DROPPED");
  await item(2, "SUPERVISION", [{ module: "SUPERVISION", recordId: crypto.randomUUID() }]); // record gone: overdue
  return { township, term, plan, held, coming };
}

describe("workPlanProgress", () => {
  it("counts the items by status, month and module, as counted by hand", async () => {
    const w = await world();
    const p = await workPlanProgress(db, w.township.id, 2027, { today: parseDay("2027-05-01") });
    expect(p.plan?.id).toBe(w.plan.id);
    expect({
      planned: p.planned,
      done: p.done,
      inProgress: p.inProgress,
      notStarted: p.notStarted,
      overdue: p.overdue,
      dropped: p.dropped,
    }).toEqual({ planned: 8, done: 3, inProgress: 1, notStarted: 3, overdue: 2, dropped: 1 });
    expect(p.byMonth.map((m) => [m.label, m.planned, m.done, m.overdue])).toEqual([
      ["1月", 1, 0, 1],
      ["2月", 2, 1, 1],
      ["3月", 1, 1, 0],
      ["4月", 1, 1, 0],
      ["9月", 1, 0, 0],
      ["12月", 1, 0, 0],
      ["全年", 1, 0, 0],
    ]);
    expect(p.byModule.map((m) => [m.module, m.planned, m.done, m.inProgress])).toEqual([
      ["SESSION", 2, 1, 1],
      ["SUPERVISION", 3, 0, 0],
      ["TRAINING", 1, 1, 0],
      ["OTHER", 2, 1, 0],
    ]);
    const gone = p.items.at(-1)!;
    expect(gone.links[0]).toMatchObject({ missing: true, happened: false });
  });

  it("is all zero without a plan, and does not read another township's plan", async () => {
    const w = await world();
    const other = await createTownship("别的镇");
    const none = await workPlanProgress(db, other.id, 2027);
    expect(none).toMatchObject({ plan: null, planned: 0, done: 0, byMonth: [], items: [] });
    expect((await workPlanProgress(db, w.township.id, 2026)).plan).toBeNull();
  });
});
