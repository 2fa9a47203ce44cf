// Training notices through the API (enrolled deputies told of a training scheduled, changed, cancelled, and of
// their leave decided) and the landing pages' to-dos: the chair's trainings with leave to decide, the office's
// duty entries to verify — each count the rows of the list it opens.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getLanding } from "@/lib/landing/service";
import { countTrainings } from "@/lib/training/public";
import { listTrainings } from "@/lib/training/service";
import { listDuties } from "@/lib/duties/service";
import { TrainingListQuery } from "@/lib/training/schema";
import { DutyListQuery } from "@/lib/duties/schema";
import { todayInChina } from "@/lib/time/day";
import { api, json, setup, trainingBody } from "@/tests/integration/training/helpers";
import { duties, entry } from "@/tests/integration/duties/helpers";

type Id = { id: string; version: number };
const messages = async (subjectId: string, deputyId: string) =>
  (
    await db.notification.findMany({
      where: { subjectType: "training", subjectId, deputyId },
      orderBy: { createdAt: "asc" },
    })
  ).map((n) => n.message);

describe("training notices", () => {
  it("tell the enrolled deputies of the training, its changes, its cancellation and their leave decided", async () => {
    const w = await setup();
    const t = await json<Id>(
      await api.create(w.cookie.OFFICE, trainingBody({ deputyIds: [w.deputy.id, w.yi.id] })),
      201,
    );
    expect(await messages(t.id, w.deputy.id)).toEqual([expect.stringMatching(/^您已报名参加培训「代表履职学习」/)]);
    expect(await messages(t.id, w.bing.id)).toEqual([]);
    // Enrolled later: told then; those enrolled already are not told twice.
    await json(await api.enrol(w.cookie.OFFICE, t.id, { deputyIds: [w.bing.id, w.yi.id] }), 200);
    expect(await messages(t.id, w.bing.id)).toHaveLength(1);
    expect(await messages(t.id, w.yi.id)).toHaveLength(1);
    // The materials changed: no one told; the place changed: everyone enrolled.
    const a = await json<Id>(await api.patch(w.cookie.OFFICE, t.id, { version: t.version, materials: "代表法" }), 200);
    expect(await messages(t.id, w.yi.id)).toHaveLength(1);
    const b = await json<Id>(await api.patch(w.cookie.OFFICE, t.id, { version: a.version, place: "村委会" }), 200);
    for (const d of [w.deputy, w.yi, w.bing])
      expect((await messages(t.id, d.id)).at(-1)).toMatch(/^培训「代表履职学习」有变更：.*地点：村委会/);
    // 乙 asks leave; the chair approves: 乙 is told.
    const l = await json<Id>(await api.leave(w.cookie.YI, t.id, { reason: "外出" }), 201);
    await json(await api.decide(w.cookie.CHAIR, t.id, l.id, { decision: "APPROVED", note: "同意" }), 200);
    expect((await messages(t.id, w.yi.id)).at(-1)).toMatch(/请假申请已批准：同意$/);
    expect(await messages(t.id, w.deputy.id)).toHaveLength(2);
    await json(await api.patch(w.cookie.OFFICE, t.id, { version: b.version, cancelled: true }), 200);
    expect((await messages(t.id, w.deputy.id)).at(-1)).toMatch(/^培训「代表履职学习」（.*）已取消。$/);
  });
});

describe("landing to-dos of deputies' work", () => {
  it("count the chair's trainings with leave to decide and the office's entries to verify, as their lists show", async () => {
    const w = await setup();
    const chair = w.sessions.CHAIR.actor;
    const office = w.sessions.OFFICE.actor;
    const todo = async (actor: typeof chair, key: string) =>
      ((await getLanding(actor)).todo as { key: string; count: number; href: string }[]).find((x) => x.key === key);
    expect(await todo(chair, "training_leave")).toMatchObject({ count: 0, href: "/training?leave=pending" });
    const t1 = await json<Id>(
      await api.create(w.cookie.OFFICE, trainingBody({ deputyIds: [w.deputy.id, w.yi.id] })),
      201,
    );
    const t2 = await json<Id>(await api.create(w.cookie.OFFICE, trainingBody({ deputyIds: [w.deputy.id] })), 201);
    await json(await api.leave(w.cookie.DEPUTY, t1.id, { reason: "外出" }), 201);
    await json(await api.leave(w.cookie.YI, t1.id, { reason: "外出" }), 201);
    const l2 = await json<Id>(await api.leave(w.cookie.DEPUTY, t2.id, { reason: "外出" }), 201);
    expect((await todo(chair, "training_leave"))?.count).toBe(2);
    await json(await api.decide(w.cookie.CHAIR, t2.id, l2.id, { decision: "REJECTED" }), 200);
    const list = await listTrainings(chair, TrainingListQuery.parse({ leave: "pending" }));
    expect(list.items.map((x) => x.id)).toEqual([t1.id]);
    expect((await todo(chair, "training_leave"))?.count).toBe(1);
    expect(await countTrainings(chair, { leave: "pending" })).toBe(1);
    // The office decides no leave: no such card; a deputy has neither.
    expect(await todo(office, "training_leave")).toBeUndefined();
    expect(await todo(w.sessions.DEPUTY.actor, "duty_verify")).toBeUndefined();

    for (let i = 0; i < 2; i++) await json(await duties.create(w.cookie.DEPUTY, entry()), 201);
    const verify = await todo(office, "duty_verify");
    const year = todayInChina().getUTCFullYear();
    expect(verify).toMatchObject({ count: 2, href: `/duties?state=SUBMITTED&year=${year}` });
    const rows = await listDuties(office, DutyListQuery.parse({ state: "SUBMITTED", year }));
    expect(rows.total).toBe(2);
    expect(await todo(chair, "duty_verify")).toBeUndefined();
  });
});
