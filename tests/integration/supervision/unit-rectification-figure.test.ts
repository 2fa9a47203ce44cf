// A unit's rectification on-time figure (整改按期报送): counted per unit by the year's supervision figures (the one
// source), shown on the unit's landing, and opening the rectification list filtered to exactly the tasks it counts
// (`year`, `unitId`, `onTime=base|true`) — the list's totals are the figure's base and numerator, hand-counted.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays, parseDay, todayInChina } from "@/lib/time/day";
import { supervisionYearFigures } from "@/lib/supervision/public";
import { getLanding } from "@/lib/landing/service";
import { KEY_FIGURES } from "@/lib/year/key-figures";
import { createUnit, createUser, signIn, townshipWithRoles } from "@/tests/factories";
import { api, errorOf } from "./rectification-world";
import { idsOf, listWith, sorted } from "../list-total";

const list = listWith(api.list);

/**
 * This year's activity; days from today (t):
 *   民政办 A due t-10, first report t-12              → on time
 *   民政办 B due t-10, report t-5                     → late
 *   民政办 C due t-3, no report                       → unreported (in the base)
 *   民政办 D due t+10, no report                      → not due (outside the base)
 *   民政办 E due t, no report                         → not due: due today is not past
 *   民政办 F due t-20, returned: reports t-25, t-15   → on time (the first report counts)
 *   计生办 G due t-1, no report                       → unreported, another unit's
 *   民政办 H, last year's activity, on time           → not this year's
 *   民政办 I, this year's draft plan, late            → not counted (a draft plan has not happened)
 * 民政办 this year: on time 2 (A, F) of 4 (A, B, C, F) → 50%.
 */
async function fixture() {
  const w = await townshipWithRoles("整改统计镇");
  const tid = w.township.id;
  const year = todayInChina().getUTCFullYear();
  const t = todayInChina();
  const family = await createUnit(tid, "计生办");
  const activity = (y: number, state: "CONCLUDED" | "DRAFT") =>
    db.supervisionActivity.create({
      data: {
        townshipId: tid,
        termId: w.term.id,
        year: y,
        kind: "WORK_EVALUATION",
        state,
        title: `评议${y}${state}`,
        startDate: parseDay(`${y}-01-02`),
      },
    });
  const now = await activity(year, "CONCLUDED");
  const last = await activity(year - 1, "CONCLUDED");
  const draft = await activity(year, "DRAFT");
  let n = 0;
  const task = async (
    activityId: string,
    unitId: string,
    due: number,
    state: "ASSIGNED" | "REPORTED" | "RETURNED" | "ACCEPTED",
    reports: number[] = [],
  ) => {
    n++;
    const opinion = await db.reviewOpinion.create({
      data: { townshipId: tid, activityId, unitId, text: `意见${n}`, dueDate: addDays(t, due), position: n },
    });
    const x = await db.rectificationTask.create({
      data: {
        townshipId: tid,
        activityId,
        opinionId: opinion.id,
        unitId,
        number: `整改-${String(n).padStart(3, "0")}`,
        assignedOn: addDays(t, -40),
        dueDate: addDays(t, due),
        state,
      },
    });
    for (const day of reports)
      await db.rectificationReport.create({
        data: { townshipId: tid, taskId: x.id, text: "整改报告", submittedOn: addDays(t, day) },
      });
    return x.id;
  };
  const civil = w.unit.id;
  const A = await task(now.id, civil, -10, "ACCEPTED", [-12]);
  const B = await task(now.id, civil, -10, "REPORTED", [-5]);
  const C = await task(now.id, civil, -3, "ASSIGNED");
  await task(now.id, civil, 10, "ASSIGNED");
  await task(now.id, civil, 0, "ASSIGNED");
  const F = await task(now.id, civil, -20, "RETURNED", [-25, -15]);
  const G = await task(now.id, family.id, -1, "ASSIGNED");
  const H = await task(last.id, civil, -30, "ACCEPTED", [-31]);
  await task(draft.id, civil, -2, "REPORTED", [-1]);
  return { w, year, civil, family, A, B, C, F, G, H };
}

describe("a unit's rectification on-time figure", () => {
  it("is counted per unit by the year's figures, shown on its landing, and opens exactly its tasks", async () => {
    const { w, year, civil, family, A, B, C, F, G, H } = await fixture();
    const f = await supervisionYearFigures(db, w.township.id, year);
    const mine = f.rectifications.byUnit.find((u) => u.unitId === civil)!;
    expect(mine).toMatchObject({ unit: "民政办", total: 6, onTime: 2, late: 1, due: 4, onTimeRate: 50 });
    expect(f.rectifications.byUnit.find((u) => u.unitId === family.id)).toMatchObject({
      total: 1,
      onTime: 0,
      due: 1,
      onTimeRate: 0,
    });
    // The township's figure is the units' added up.
    expect(f.rectifications.due).toBe(5);
    expect(f.rectifications.onTime).toBe(2);

    // The unit's landing: the bar and its link.
    const unitLanding = await getLanding(w.sessions.UNIT.actor);
    if (unitLanding.kind !== "UNIT") throw new Error(unitLanding.kind);
    const bar = unitLanding.progress!.bars.find((b) => b.key === "rectifications")!;
    expect(bar).toMatchObject({ label: "整改按期报送", done: 2, of: 4, text: "2 / 4 项" });
    expect(bar.href).toBe(`/rectifications?year=${year}&unitId=${civil}&onTime=base`);

    // The unit's list behind it: the base, and the on-time ones, exactly.
    const qs = bar.href.slice("/rectifications".length);
    const base = await list(w.sessions.UNIT.cookie, qs);
    expect(base.total).toBe(bar.of);
    expect(idsOf(base)).toEqual(sorted([A, B, C, F]));
    const onTime = await list(w.sessions.UNIT.cookie, `?year=${year}&unitId=${civil}&onTime=true`);
    expect(onTime.total).toBe(bar.done);
    expect(idsOf(onTime)).toEqual(sorted([A, F]));
    // Without the year, last year's on-time task is in too; the office sees the same per unit.
    expect((await list(w.sessions.UNIT.cookie, `?unitId=${civil}&onTime=true`)).total).toBe(3);
    const office = w.sessions.OFFICE.cookie;
    expect((await list(office, `?year=${year}&onTime=base`)).total).toBe(f.rectifications.due);
    expect(
      sorted((await list(office, `?year=${year}&unitId=${family.id}&onTime=base`)).items.map((i) => i.id)),
    ).toEqual([G]);
    // The year alone: the year's counted tasks (not the draft plan's), as the figure's total — the annual
    // summary's 交办整改任务 opens it.
    const summaryHref = KEY_FIGURES.find((k) => k.id === "supervision.rectifications")!.href(year);
    expect(summaryHref).toBe(`/rectifications?year=${year}`);
    expect((await list(office, summaryHref.slice("/rectifications".length))).total).toBe(f.rectifications.total);
    expect(f.rectifications.total).toBe(7);
    expect((await list(office, `?year=${year - 1}`)).items.map((i) => i.id)).toEqual([H]);
  });

  it("refuses another value with a message naming the filter, and a unit sees only its own", async () => {
    const { w, year, family } = await fixture();
    const bad = await api.list(w.sessions.OFFICE.cookie, "?onTime=yes");
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await errorOf(bad))).toContain("按期整改");
    const other = await signIn(await createUser(w.township.id, "UNIT", { unitId: family.id }));
    // 民政办's filter from 计生办's account: nothing of 民政办's.
    expect((await list(other.cookie, `?year=${year}&unitId=${w.unit.id}&onTime=base`)).total).toBe(0);
  });
});
