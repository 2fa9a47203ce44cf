import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { dueCounts, duePage } from "@/lib/inbox/read";
import { runDailyJob, dailyJobs } from "@/lib/jobs/registry";
import { addDays, formatDay } from "@/lib/time/day";
import { runRectificationReminders } from "@/lib/supervision/rectification/reminders";
import "@/lib/suggestions/inbox";
import { GET as inboxRoute } from "@/app/api/v1/inbox/route";
import { request } from "@/tests/factories";
import { today, world } from "./rectification-world";

type Row = { kind: string; id: string; title: string; open: boolean; link: string; dueDate: string };
const inbox = async (cookie: string, qs = "") => {
  const res = await inboxRoute(request(`/api/v1/inbox${qs}`, { cookie }));
  expect(res.status).toBe(200);
  return (await res.json()) as { items: Row[]; total: number };
};

describe("the unit's one inbox and the office's reminder list", () => {
  it("a sent task appears in its unit's inbox beside suggestions, never in another unit's", async () => {
    const w = await world();
    const mine = await inbox(w.cookie.UNIT);
    expect(mine.items).toEqual([
      expect.objectContaining({
        kind: "rectification",
        id: w.taskId,
        title: "整改：对民政办工作评议",
        open: true,
        link: `/rectifications/${w.taskId}`,
        dueDate: formatDay(addDays(today(), 20)),
      }),
    ]);
    expect((await inbox(w.otherCookie)).items.map((r) => r.id)).toEqual([w.otherTaskId]);
    expect((await inbox(w.cookie.UNIT, "?kind=suggestion")).total).toBe(0);
    // An opinion not yet sent reaches nobody.
    await db.reviewOpinion.create({
      data: {
        townshipId: w.township.id,
        activityId: w.activity.id,
        unitId: w.unit.id,
        text: "草稿",
        dueDate: addDays(today(), 40),
      },
    });
    expect((await inbox(w.cookie.UNIT)).total).toBe(1);
  });

  it("overdue and due-soon tasks are on the township's reminder list; a reported one is not", async () => {
    const w = await world();
    await db.rectificationTask.update({ where: { id: w.taskId }, data: { dueDate: addDays(today(), -2) } });
    const p = {
      townshipId: w.township.id,
      unitId: null,
      today: formatDay(today()),
      horizon: formatDay(addDays(today(), 14)),
    };
    const overdue = await duePage({ ...p, kinds: ["rectification"], status: "overdue", skip: 0, take: 10 });
    expect(overdue.items.map((r) => r.id)).toEqual([w.taskId]);
    expect(await dueCounts({ ...p, kinds: ["rectification"] })).toEqual({ overdue: 1, dueSoon: 0 });
    const wide = { ...p, horizon: formatDay(addDays(today(), 40)) };
    expect(await dueCounts({ ...wide, kinds: ["rectification"] })).toEqual({ overdue: 1, dueSoon: 1 });
    await db.rectificationTask.update({ where: { id: w.taskId }, data: { state: "REPORTED" } });
    expect(await dueCounts({ ...wide, kinds: ["rectification"] })).toEqual({ overdue: 0, dueSoon: 1 });
  });
});

describe("the daily job", () => {
  it("is registered; flags an overdue task once and reminds its unit once, however often it runs", async () => {
    const w = await world();
    expect(dailyJobs().map((j) => j.name)).toContain("rectification.reminders");
    await db.rectificationTask.update({ where: { id: w.taskId }, data: { dueDate: addDays(today(), -1) } });
    const first = await runRectificationReminders();
    // Overdue: flagged and reminded; the other (due in 30 days) is outside the 14-day window.
    expect(first).toEqual({ flagged: 1, notices: 1 });
    expect(await runRectificationReminders()).toEqual({ flagged: 0, notices: 0 });
    const flags = await db.rectificationEvent.findMany({ where: { type: "overdue" } });
    expect(flags.map((f) => f.taskId)).toEqual([w.taskId]);
    const notice = await db.notification.findFirstOrThrow({
      where: { unitId: w.unit.id, message: { contains: "超过整改期限" } },
    });
    expect(notice.link).toBe(`/rectifications/${w.taskId}`);
    // A task due within the window is reminded, not flagged; a reported one neither.
    await db.rectificationTask.update({ where: { id: w.otherTaskId }, data: { dueDate: addDays(today(), 3) } });
    expect(await runRectificationReminders()).toEqual({ flagged: 0, notices: 1 });
    const job = dailyJobs().find((j) => j.name === "rectification.reminders")!;
    expect(await runDailyJob(job)).toBe("ran");
    expect(await runDailyJob(job)).toBe("done-today");
  });
});
