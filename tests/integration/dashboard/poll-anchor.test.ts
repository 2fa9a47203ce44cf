// The dashboard's supervision poll bars: each opens the activity's page at its own poll row (the unit and the
// round), not the whole activity — the anchor is a row of the page, and that row shows the bar's rate.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseDay, todayInChina } from "@/lib/time/day";
import { yearDashboard } from "@/lib/dashboard/data";
import { getActivityOrThrow } from "@/lib/supervision/detail";
import { pollAnchor } from "@/lib/supervision/figures";
import { createUnit, townshipWithRoles } from "@/tests/factories";

describe("the dashboard's supervision poll bars", () => {
  it("open the poll row of that unit and round, which shows the bar's rate", async () => {
    const w = await townshipWithRoles("测评锚点镇");
    const tid = w.township.id;
    const year = todayInChina().getUTCFullYear();
    const family = await createUnit(tid, "计生办");
    const a = await db.supervisionActivity.create({
      data: {
        townshipId: tid,
        termId: w.term.id,
        year,
        kind: "WORK_EVALUATION",
        state: "CONCLUDED",
        title: "站所工作评议",
        startDate: parseDay(`${year}-01-02`),
      },
    });
    const target = (unitId: string, position: number) =>
      db.supervisionTarget.create({ data: { townshipId: tid, activityId: a.id, position, unitId } });
    const civil = await target(w.unit.id, 1);
    const fam = await target(family.id, 2);
    const poll = (targetId: string, round: number, p: [number, number, number]) =>
      db.supervisionPoll.create({
        data: {
          townshipId: tid,
          activityId: a.id,
          targetId,
          round,
          paperSatisfied: p[0],
          paperBasic: p[1],
          paperUnsatisfied: p[2],
          closedAt: new Date(),
        },
      });
    // 民政办 7/10 = 70%, re-polled 9/10 = 90%; 计生办 10/10 = 100%.
    await poll(civil.id, 1, [5, 2, 3]);
    await poll(civil.id, 2, [8, 1, 1]);
    await poll(fam.id, 1, [10, 0, 0]);

    const chart = (await yearDashboard(tid, year)).charts.supervision.find((c) => c.id === "supervision-polls")!;
    expect(chart.categories).toEqual(["民政办", "计生办"]);
    const page = await getActivityOrThrow(w.sessions.CHAIR.actor, a.id);
    const rows = new Map(page.polls.polls.map((p) => [pollAnchor(p.targetId!, p.round), p]));
    let checked = 0;
    for (const s of chart.series)
      for (const [i, value] of s.values.entries()) {
        if (value === null) continue;
        const [path, anchor] = s.hrefs[i].split("#");
        expect(path).toBe(`/supervision/${a.id}`);
        expect(rows.get(anchor)?.result?.rate, `${s.name} ${chart.categories[i]}`).toBe(value);
        checked++;
      }
    expect(checked).toBe(3);
    expect(chart.series[1].hrefs[0]).toBe(`/supervision/${a.id}#${pollAnchor(civil.id, 2)}`);
  });
});
