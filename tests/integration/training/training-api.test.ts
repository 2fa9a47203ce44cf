// The training API by role: plans (office drafts, chair approves, presidium reads), trainings with enrolment by
// audience, attendance, assessment and leave (a deputy only their own; units see none), and the refusals.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { api, json, planBody, setup, today, trainingBody } from "./helpers";
import { townshipWithRoles } from "@/tests/factories";

type Id = { id: string; version: number };

describe("training plans", () => {
  it("the office drafts and edits, the chair approves, the presidium reads, deputies and units cannot", async () => {
    const w = await setup();
    for (const role of ["CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const)
      expect((await api.createPlan(w.cookie[role], planBody())).status).toBe(403);
    const p = await json<Id>(await api.createPlan(w.cookie.OFFICE, planBody({ audienceGroupIds: [w.group.id] })), 201);
    for (const role of ["OFFICE", "CHAIR", "PRESIDIUM"] as const) await json(await api.plans(w.cookie[role]), 200);
    for (const role of ["DEPUTY", "UNIT"] as const) {
      expect((await api.plans(w.cookie[role])).status).toBe(403);
      expect((await api.plan(w.cookie[role], p.id)).status).toBe(403);
    }
    const edited = await json<Id>(await api.patchPlan(w.cookie.OFFICE, p.id, { version: 1, form: "集中学习" }), 200);
    expect((await api.approve(w.cookie.OFFICE, p.id, edited.version)).status).toBe(403);
    expect((await api.approve(w.cookie.CHAIR, p.id, 1)).status).toBe(409); // stale version
    const approved = await json<Id & { state: string }>(await api.approve(w.cookie.CHAIR, p.id, edited.version), 200);
    expect(approved.state).toBe("APPROVED");
    expect((await api.approve(w.cookie.CHAIR, p.id, approved.version)).status).toBe(409);
    expect((await api.patchPlan(w.cookie.OFFICE, p.id, { version: approved.version, form: "x" })).status).toBe(409);
    const detail = await json<{ form: string; audienceGroups: { name: string }[]; items: unknown[] }>(
      await api.plan(w.cookie.PRESIDIUM, p.id),
      200,
    );
    expect(detail.form).toBe("集中学习");
    expect(detail.audienceGroups.map((g) => g.name)).toEqual(["第一代表小组"]);
    const file = await api.docx(w.cookie.CHAIR, p.id);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toContain("wordprocessingml");
    const audits = await db.auditLog.findMany({ where: { recordId: p.id }, select: { action: true } });
    expect(audits.map((a) => a.action).sort()).toEqual([
      "training_plan.approved",
      "training_plan.created",
      "training_plan.exported",
      "training_plan.updated",
    ]);
  });

  it("refuses a plan without audiences, a year plan without a year or quarters, a year outside the term", async () => {
    const w = await setup();
    const e = await json<{ error: { fields: Record<string, string> } }>(
      await api.createPlan(w.cookie.OFFICE, planBody({ audienceLevels: [], audienceGroupIds: [] })),
      400,
    );
    expect(e.error.fields.audienceLevels).toContain("请至少选择一类代表");
    const f = await json<{ error: { fields: Record<string, string> } }>(
      await api.createPlan(w.cookie.OFFICE, planBody({ year: null, items: [{ text: "无季度" }] })),
      400,
    );
    expect(f.error.fields.year).toContain("年度");
    expect(f.error.fields["items.0.quarter"]).toContain("季度");
    const g = await json<{ error: { fields: Record<string, string> } }>(
      await api.createPlan(w.cookie.OFFICE, planBody({ year: 2040 })),
      400,
    );
    expect(g.error.fields.year).toContain("本届任期内");
    const p = await json<Id>(await api.createPlan(w.cookie.OFFICE, planBody()), 201);
    const h = await json<{ error: { fields: Record<string, string> } }>(
      await api.patchPlan(w.cookie.OFFICE, p.id, { version: 1, audienceLevels: [] }),
      400,
    );
    expect(h.error.fields.audienceLevels).toContain("请至少选择");
  });

  it("another township's plan is not found", async () => {
    const w = await setup();
    const other = await townshipWithRoles("乙镇");
    const p = await json<Id>(await api.createPlan(w.cookie.OFFICE, planBody()), 201);
    expect((await api.plan(other.sessions.OFFICE.cookie, p.id)).status).toBe(404);
    expect((await api.approve(other.sessions.CHAIR.cookie, p.id, 1)).status).toBe(404);
  });
});

describe("trainings", () => {
  it("enrols by level and group, shows a deputy only their own, hides everything from units", async () => {
    const w = await setup();
    expect((await api.create(w.cookie.CHAIR, trainingBody())).status).toBe(403);
    // 县 deputies (乙, 丙) and the group (role deputy, 丙, 丁): everyone but nobody twice.
    const t = await json<Id & { enrolled: number }>(
      await api.create(w.cookie.OFFICE, trainingBody({ audienceLevels: ["COUNTY"], audienceGroupIds: [w.group.id] })),
      201,
    );
    expect(t.enrolled).toBe(4);
    const county = await json<Id & { enrolled: number }>(
      await api.create(w.cookie.OFFICE, trainingBody({ audienceLevels: ["COUNTY"] })),
      201,
    );
    expect(county.enrolled).toBe(2);
    for (const role of ["OFFICE", "CHAIR", "PRESIDIUM"] as const)
      expect((await json<{ total: number }>(await api.list(w.cookie[role]), 200)).total).toBe(2);
    expect((await json<{ total: number }>(await api.list(w.cookie.DEPUTY), 200)).total).toBe(1);
    expect((await api.get(w.cookie.DEPUTY, county.id)).status).toBe(404);
    const mine = await json<{ enrolments: { name: string }[] }>(await api.get(w.cookie.DEPUTY, t.id), 200);
    expect(mine.enrolments).toHaveLength(1);
    const all = await json<{ enrolments: unknown[] }>(await api.get(w.cookie.PRESIDIUM, t.id), 200);
    expect(all.enrolments).toHaveLength(4);
    expect((await api.list(w.cookie.UNIT)).status).toBe(403);
    expect((await api.get(w.cookie.UNIT, t.id)).status).toBe(403);
    // Individual add and remove; removal refused once attendance is recorded.
    const r = await json<{ removed: number }>(
      await api.enrol(w.cookie.OFFICE, county.id, { removeDeputyIds: [w.bing.id] }),
      200,
    );
    expect(r.removed).toBe(1);
    const a = await json<{ added: number }>(
      await api.enrol(w.cookie.OFFICE, county.id, { deputyIds: [w.ding.id] }),
      200,
    );
    expect(a.added).toBe(1);
    await json(
      await api.attendance(w.cookie.OFFICE, county.id, { entries: [{ deputyId: w.ding.id, attendance: "PRESENT" }] }),
      200,
    );
    expect((await api.enrol(w.cookie.OFFICE, county.id, { removeDeputyIds: [w.ding.id] })).status).toBe(409);
    expect((await api.enrol(w.cookie.CHAIR, county.id, { deputyIds: [w.deputy.id] })).status).toBe(403);
  });

  it("refuses end before start, attendance for a deputy not enrolled, a score outside 0–100", async () => {
    const w = await setup();
    const e = await json<{ error: { fields: Record<string, string> } }>(
      await api.create(w.cookie.OFFICE, trainingBody({ startDate: "2026-11-10", endDate: "2026-11-09" })),
      400,
    );
    expect(e.error.fields.endDate).toBe("结束日期：结束日期不能早于开始日期");
    const t = await json<Id>(await api.create(w.cookie.OFFICE, trainingBody({ deputyIds: [w.deputy.id] })), 201);
    const a = await json<{ error: { fields: Record<string, string> } }>(
      await api.attendance(w.cookie.OFFICE, t.id, { entries: [{ deputyId: w.ding.id, attendance: "PRESENT" }] }),
      400,
    );
    expect(a.error.fields["entries.0.deputyId"]).toBe("代表：未报名参加此次培训，不能登记出勤");
    expect(
      (await api.attendance(w.cookie.CHAIR, t.id, { entries: [{ deputyId: w.deputy.id, attendance: "PRESENT" }] }))
        .status,
    ).toBe(403);
    const s = await json<{ error: { fields: Record<string, string> } }>(
      await api.assess(w.cookie.OFFICE, t.id, { entries: [{ deputyId: w.deputy.id, score: 101 }] }),
      400,
    );
    expect(s.error.fields["entries.0.score"]).toBe("成绩：成绩应在 0 到 100 之间");
    await json(
      await api.assess(w.cookie.OFFICE, t.id, {
        entries: [{ deputyId: w.deputy.id, score: 88, reflection: "收获很大" }],
      }),
      200,
    );
    const d = await json<{ enrolments: { score: number; reflection: string }[] }>(
      await api.get(w.cookie.OFFICE, t.id),
      200,
    );
    expect(d.enrolments[0]).toMatchObject({ score: 88, reflection: "收获很大" });
    const p = await json<Id & { cancelled: boolean }>(
      await api.patch(w.cookie.OFFICE, t.id, { version: 1, cancelled: true }),
      200,
    );
    expect(p.cancelled).toBe(true);
    expect((await api.patch(w.cookie.OFFICE, t.id, { version: 1, title: "x" })).status).toBe(409);
  });
});

describe("leave", () => {
  it("a deputy asks for themself only, the chair decides, approval marks the attendance 请假", async () => {
    const w = await setup();
    const t = await json<Id>(
      await api.create(w.cookie.OFFICE, trainingBody({ deputyIds: [w.deputy.id, w.yi.id] })),
      201,
    );
    expect((await api.leave(w.cookie.DEPUTY, t.id, { reason: "外出", deputyId: w.yi.id })).status).toBe(403);
    for (const role of ["CHAIR", "PRESIDIUM", "UNIT"] as const)
      expect((await api.leave(w.cookie[role], t.id, { reason: "外出" })).status).toBe(403);
    const l = await json<{ id: string; state: string }>(
      await api.leave(w.cookie.DEPUTY, t.id, { reason: "村里有事" }),
      201,
    );
    expect(l.state).toBe("PENDING");
    expect((await api.leave(w.cookie.DEPUTY, t.id, { reason: "再请一次" })).status).toBe(409);
    const d = await json<{ error: { fields: Record<string, string> } }>(
      await api.leave(w.cookie.YI, t.id, { reason: "外出", requestedOn: "2026-11-01" }),
      400,
    );
    expect(d.error.fields.requestedOn).toContain("只有人大办代录");
    for (const role of ["OFFICE", "DEPUTY", "PRESIDIUM"] as const)
      expect((await api.decide(w.cookie[role], t.id, l.id, { decision: "APPROVED" })).status).toBe(403);
    await json(await api.decide(w.cookie.CHAIR, t.id, l.id, { decision: "APPROVED", note: "同意" }), 200);
    expect((await api.decide(w.cookie.CHAIR, t.id, l.id, { decision: "REJECTED" })).status).toBe(409);
    const row = await db.trainingEnrolment.findFirstOrThrow({ where: { sessionId: t.id, deputyId: w.deputy.id } });
    expect(row.attendance).toBe("LEAVE");
    // The office keys 乙's paper request (代录) with its real day.
    const paper = await json<{ requestedOn: string }>(
      await api.leave(w.cookie.OFFICE, t.id, { reason: "住院", deputyId: w.yi.id, requestedOn: today() }),
      201,
    );
    expect(paper.requestedOn).toBe(today());
    const stored = await db.trainingLeaveRequest.findFirstOrThrow({ where: { sessionId: t.id, deputyId: w.yi.id } });
    expect(stored.onBehalfOf).toBe("乙代表");
    const audit = await db.auditLog.findFirstOrThrow({ where: { recordId: stored.id } });
    expect(JSON.stringify(audit.after)).toContain("代录");
    expect((await api.leave(w.cookie.OFFICE, t.id, { reason: "x" })).status).toBe(400); // the office names the deputy
  });

  it("refuses a request after the training ended, and from a deputy not enrolled", async () => {
    const w = await setup();
    const past = await json<Id>(
      await api.create(
        w.cookie.OFFICE,
        trainingBody({ startDate: "2026-10-10", endDate: "2026-10-11", days: 2, deputyIds: [w.deputy.id] }),
      ),
      201,
    );
    const e = await json<{ error: { fields: Record<string, string> } }>(
      await api.leave(w.cookie.DEPUTY, past.id, { reason: "外出" }),
      400,
    );
    expect(e.error.fields.requestedOn).toBe("申请日期：培训已于 2026-10-11 结束，不能再请假");
    expect((await api.leave(w.cookie.YI, past.id, { reason: "外出" })).status).toBe(404);
  });
});
