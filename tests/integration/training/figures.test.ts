// The year's training figures against a hand-counted fixture made through the API.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { trainingYearFigures } from "@/lib/training/figures";
import { api, json, setup, trainingBody } from "./helpers";

type Id = { id: string; version: number };

describe("trainingYearFigures", () => {
  it("counts trainings held, days, attendance, deputies trained, coverage and the group's trainings", async () => {
    const w = await setup(); // 4 deputies: role deputy, 乙, 丙, 丁; the group: role deputy, 丙, 丁
    const everyone = [w.deputy.id, w.yi.id, w.bing.id, w.ding.id];
    // 1. 初任学习 2026-09-05, 1.5 days, all four (counts for the group): present 3, leave 1 (the role deputy, approved).
    const a = await json<Id>(
      await api.create(
        w.cookie.OFFICE,
        trainingBody({
          kind: "INITIAL",
          startDate: "2026-09-05",
          endDate: "2026-09-06",
          days: 1.5,
          deputyIds: everyone,
        }),
      ),
      201,
    );
    const present = (id: string) => ({ deputyId: id, attendance: "PRESENT" });
    await json(
      await api.attendance(w.cookie.OFFICE, a.id, {
        entries: [present(w.yi.id), present(w.bing.id), present(w.ding.id)],
      }),
      200,
    );
    const l = await json<{ id: string }>(
      await api.leave(w.cookie.OFFICE, a.id, { reason: "外出", deputyId: w.deputy.id, requestedOn: "2026-09-04" }),
      201,
    );
    await json(await api.decide(w.cookie.CHAIR, a.id, l.id, { decision: "APPROVED" }), 200);
    // 2. 专题学习 2026-11-20, 2 days, 乙 and 丁 (not the group): 乙 absent, 丁 not recorded.
    const b = await json<Id>(
      await api.create(
        w.cookie.OFFICE,
        trainingBody({
          kind: "THEMATIC",
          startDate: "2026-11-20",
          endDate: "2026-11-21",
          days: 2,
          deputyIds: [w.yi.id, w.ding.id],
        }),
      ),
      201,
    );
    await json(
      await api.attendance(w.cookie.OFFICE, b.id, { entries: [{ deputyId: w.yi.id, attendance: "ABSENT" }] }),
      200,
    );
    // 3. cancelled: not counted. 4. next year: not counted.
    const c = await json<Id>(
      await api.create(
        w.cookie.OFFICE,
        trainingBody({ startDate: "2026-10-01", endDate: "2026-10-01", deputyIds: everyone }),
      ),
      201,
    );
    await json(await api.patch(w.cookie.OFFICE, c.id, { version: c.version, cancelled: true }), 200);
    await json(
      await api.create(
        w.cookie.OFFICE,
        trainingBody({ startDate: "2027-03-01", endDate: "2027-03-01", deputyIds: everyone }),
      ),
      201,
    );

    const f = await trainingYearFigures(db, w.township.id, 2026, { today: new Date("2026-12-31") });
    expect(f).toMatchObject({
      held: 2,
      days: 3.5,
      enrolled: 6,
      present: 3,
      leave: 1,
      absent: 1,
      unrecorded: 1,
      attendanceRate: 60, // 3 / 5
      deputiesTrained: 3,
      deputiesSitting: 4,
      coverage: 75,
    });
    expect(f.byKind.find((k) => k.kind === "INITIAL")).toMatchObject({ held: 1, days: 1.5 });
    expect(f.byKind.find((k) => k.kind === "THEMATIC")).toMatchObject({ held: 1, days: 2 });
    expect(f.groups).toEqual([
      {
        groupId: w.group.id,
        name: "第一代表小组",
        count: 1,
        warning: "第一代表小组本年培训 1 次，少于每年 2 次（本乡镇规定）",
      },
    ]);
    // The API answers the same for the office, chair and presidium; deputies and units are refused.
    for (const role of ["OFFICE", "CHAIR", "PRESIDIUM"] as const)
      await json(await api.figures(w.cookie[role], 2026), 200);
    for (const role of ["DEPUTY", "UNIT"] as const) expect((await api.figures(w.cookie[role], 2026)).status).toBe(403);
  });
});
