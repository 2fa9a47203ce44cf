// Issue 13 points 2–4: 开幕 is guarded (summary, reason before the start date, 撤销开幕 the same day),
// sessions belong to their term and are numbered by date, and the office corrects dates, venue and
// agenda as events with a reason (更正记录), never overwriting the original.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POST as createSessionRoute } from "@/app/api/v1/sessions/route";
import { GET as getSessionRoute, PATCH as patchSessionRoute } from "@/app/api/v1/sessions/[id]/route";
import { PUT as putAttendanceRoute } from "@/app/api/v1/sessions/[id]/attendance/route";
import { POST as addAgendaRoute } from "@/app/api/v1/sessions/[id]/agenda/route";
import { POST as transitionRoute } from "@/app/api/v1/sessions/[id]/transitions/route";
import { POST as voteRoute } from "@/app/api/v1/sessions/[id]/votes/route";
import { GET as listCorrectionsRoute, POST as correctRoute } from "@/app/api/v1/sessions/[id]/corrections/route";
import { createDeputy, params, request, townshipWithRoles } from "@/tests/factories";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const send = async (res: Response) => ({ status: res.status, body: (await res.json()) as Json });
const api = {
  create: async (c: string, body: unknown) =>
    send(await createSessionRoute(request("/api/v1/sessions", { method: "POST", cookie: c, body }))),
  get: async (c: string, id: string) =>
    (await send(await getSessionRoute(request(`/api/v1/sessions/${id}`, { cookie: c }), params({ id })))).body,
  patch: async (c: string, id: string, body: unknown) =>
    send(
      await patchSessionRoute(request(`/api/v1/sessions/${id}`, { method: "PATCH", cookie: c, body }), params({ id })),
    ),
  mark: async (c: string, id: string, ids: string[]) =>
    send(
      await putAttendanceRoute(
        request(`/api/v1/sessions/${id}/attendance`, {
          method: "PUT",
          cookie: c,
          body: { entries: ids.map((deputyId) => ({ deputyId, status: "PRESENT" })) },
        }),
        params({ id }),
      ),
    ),
  agenda: async (c: string, id: string, title: string) =>
    (
      await send(
        await addAgendaRoute(
          request(`/api/v1/sessions/${id}/agenda`, { method: "POST", cookie: c, body: { kind: "OTHER", title } }),
          params({ id }),
        ),
      )
    ).body,
  transition: async (c: string, id: string, body: unknown) =>
    send(
      await transitionRoute(
        request(`/api/v1/sessions/${id}/transitions`, { method: "POST", cookie: c, body }),
        params({ id }),
      ),
    ),
  vote: async (c: string, id: string, body: unknown) =>
    send(await voteRoute(request(`/api/v1/sessions/${id}/votes`, { method: "POST", cookie: c, body }), params({ id }))),
  correct: async (c: string, id: string, body: unknown) =>
    send(
      await correctRoute(
        request(`/api/v1/sessions/${id}/corrections`, { method: "POST", cookie: c, body }),
        params({ id }),
      ),
    ),
  corrections: async (c: string, id: string) =>
    (
      await send(
        await listCorrectionsRoute(request(`/api/v1/sessions/${id}/corrections`, { cookie: c }), params({ id })),
      )
    ).body as Json[],
};

async function setup(count = 3) {
  const t = await townshipWithRoles();
  const ids = [t.deputy.id];
  for (let i = 1; i < count; i++) ids.push((await createDeputy(t.township.id, t.term.id)).id);
  return { ...t, ids, office: t.sessions.OFFICE.cookie };
}

async function session(t: Awaited<ReturnType<typeof setup>>, startDate = "2026-11-20", endDate = startDate) {
  const res = await api.create(t.office, { startDate, endDate, venue: "镇政府三楼会议室" });
  expect(res.status).toBe(201);
  return res.body;
}

async function opened(t: Awaited<ReturnType<typeof setup>>) {
  const s = await session(t);
  expect((await api.mark(t.office, s.id, t.ids)).status).toBe(200);
  expect((await api.transition(t.office, s.id, { action: "open" })).status).toBe(200);
  return s;
}

describe("开幕 is guarded (steps.ts, rules.ts)", () => {
  it("the 开幕 step summarises the checklist still open; before the start date it needs a reason, kept and audited", async () => {
    const t = await setup();
    const s = await session(t, "2027-01-15");
    await api.mark(t.office, s.id, t.ids);
    const open = (await api.get(t.office, s.id)).steps.find((x: Json) => x.name === "open");
    expect(open).toMatchObject({ open: true, needsReason: true });
    expect(open.confirm[0]).toMatch(/^筹备清单尚有 \d+ 项未完成：/);
    const refused = await api.transition(t.office, s.id, { action: "open" });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields.reason).toMatch(/^提前开幕原因：/);
    expect((await db.congressSession.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("PREPARING");
    const ok = await api.transition(t.office, s.id, { action: "open", reason: "主席团决定提前召开，审议防汛工作" });
    expect(ok.status).toBe(200);
    const row = await db.congressSession.findUniqueOrThrow({ where: { id: s.id } });
    expect(row).toMatchObject({
      status: "IN_PROGRESS",
      openNote: "主席团决定提前召开，审议防汛工作",
      sittingAtOpening: 3,
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "session.opened", recordId: s.id } });
    expect(audit.after).toMatchObject({ reason: "主席团决定提前召开，审议防汛工作" });
  });

  it("撤销开幕 the same day while nothing is voted: preparing again, the roll thawed, audited with the reason", async () => {
    const t = await setup();
    const s = await opened(t);
    const noReason = await api.transition(t.office, s.id, { action: "revoke_open" });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields.reason).toMatch(/^撤销原因：/);
    const ok = await api.transition(t.office, s.id, { action: "revoke_open", reason: "误点开幕" });
    expect(ok.status).toBe(200);
    expect(ok.body.status).toBe("PREPARING");
    expect(await db.sessionRollEntry.count({ where: { sessionId: s.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "session.opening_revoked", recordId: s.id } })).toBe(1);
    // Opened again and voted on: no longer revocable, with the reason in the steps and the 409.
    expect((await api.transition(t.office, s.id, { action: "open" })).status).toBe(200);
    const vote = {
      title: "关于政府工作报告的决议",
      mode: "SHOW_OF_HANDS",
      votesFor: 3,
      votesAgainst: 0,
      votesAbstain: 0,
    };
    expect((await api.vote(t.office, s.id, vote)).status).toBe(201);
    const step = (await api.get(t.office, s.id)).steps.find((x: Json) => x.name === "revoke_open");
    expect(step).toMatchObject({ open: false, reason: "会议已有表决或选举结果，不能撤销开幕" });
    const refused = await api.transition(t.office, s.id, { action: "revoke_open", reason: "误点" });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toBe(step.reason);
  });
});

describe("sessions belong to their term and are numbered by date", () => {
  it("a date outside the term is refused with a Chinese message naming the field", async () => {
    const t = await setup();
    const early = await api.create(t.office, { startDate: "2026-08-20", endDate: "2026-08-21", venue: "会议室" });
    expect(early.status).toBe(400);
    expect(early.body.error.fields.startDate).toMatch(/^开幕日期：不在本届任期内/);
    const late = await api.create(t.office, { startDate: "2031-08-31", endDate: "2031-09-01", venue: "会议室" });
    expect(late.status).toBe(400);
    expect(late.body.error.fields.endDate).toMatch(/^闭幕日期：不在本届任期内/);
    const s = await session(t);
    const moved = await api.patch(t.office, s.id, { startDate: "2026-08-01", version: s.version });
    expect(moved.status).toBe(400);
  });

  it("a session keyed in later for an earlier date takes its place; numbers shown are derived", async () => {
    const t = await setup();
    const november = await session(t, "2026-11-20");
    const october = await session(t, "2026-10-10");
    expect(october.number).toBe(1);
    expect((await api.get(t.office, november.id)).number).toBe(2);
    // Moving a date moves the numbers too.
    const nov = await api.get(t.office, november.id);
    expect(
      (await api.patch(t.office, november.id, { startDate: "2026-09-20", endDate: "2026-09-20", version: nov.version }))
        .status,
    ).toBe(200);
    expect([(await api.get(t.office, november.id)).number, (await api.get(t.office, october.id)).number]).toEqual([
      1, 2,
    ]);
  });
});

describe("corrections of an opened session are events with a reason (corrections.ts)", () => {
  it("venue and dates: the plain edit is refused once opened; the correction keeps before → after, who, when, why", async () => {
    const t = await setup();
    const s = await opened(t);
    let version = (await api.get(t.office, s.id)).version;
    expect((await api.patch(t.office, s.id, { venue: "镇文化中心", version })).status).toBe(409);
    const noReason = await api.correct(t.office, s.id, { target: "session", venue: "镇文化中心", version });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields.reason).toMatch(/更正原因/);
    const outOfTerm = await api.correct(t.office, s.id, {
      target: "session",
      endDate: "2032-01-01",
      reason: "笔误",
      version,
    });
    expect(outOfTerm.body.error.fields.endDate).toMatch(/^闭幕日期：不在本届任期内/);
    const ok = await api.correct(t.office, s.id, {
      target: "session",
      venue: "镇文化中心",
      endDate: "2026-11-21",
      reason: "会场登记笔误，实际在文化中心召开",
      version,
    });
    expect(ok.status).toBe(201);
    const after = await api.get(t.office, s.id);
    expect(after).toMatchObject({ venue: "镇文化中心", endDate: "2026-11-21" });
    version = after.version;
    const list = await api.corrections(t.sessions.DEPUTY.cookie, s.id);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      kind: "SESSION",
      reason: "会场登记笔误，实际在文化中心召开",
      before: { venue: "镇政府三楼会议室", endDate: "2026-11-20" },
      after: { venue: "镇文化中心", endDate: "2026-11-21" },
    });
    expect(list[0].lines).toContain("会场：镇政府三楼会议室 → 镇文化中心");
    expect(list[0].by).toBeTruthy();
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "session.corrected", recordId: s.id } });
    expect(audit).toMatchObject({ reason: "会场登记笔误，实际在文化中心召开", after: { venue: "镇文化中心" } });
    expect(
      (await api.correct(t.office, s.id, { target: "session", venue: "镇文化中心", reason: "重复", version })).status,
    ).toBe(409);
  });

  it("agenda: edit, reorder and delete with a reason; an item voted on is neither edited nor deleted", async () => {
    const t = await setup();
    const s = await session(t);
    const report = await api.agenda(t.office, s.id, "听取政府工作报告");
    const budget = await api.agenda(t.office, s.id, "审查预算");
    const other = await api.agenda(t.office, s.id, "其他事项");
    await api.mark(t.office, s.id, t.ids);
    await api.transition(t.office, s.id, { action: "open" });
    const vote = {
      title: "关于政府工作报告的决议",
      agendaItemId: report.id,
      mode: "SHOW_OF_HANDS",
      votesFor: 3,
      votesAgainst: 0,
      votesAbstain: 0,
    };
    expect((await api.vote(t.office, s.id, vote)).status).toBe(201);

    const reason = "按主席团会议决定调整";
    expect(
      (await api.correct(t.office, s.id, { target: "agenda_item", itemId: report.id, title: "改名", reason })).status,
    ).toBe(409);
    expect((await api.correct(t.office, s.id, { target: "agenda_delete", itemId: report.id, reason })).status).toBe(
      409,
    );
    expect(
      (await api.correct(t.office, s.id, { target: "agenda_item", itemId: budget.id, title: "审查和批准预算", reason }))
        .status,
    ).toBe(201);
    const order = [budget.id, report.id, other.id];
    expect(
      (await api.correct(t.office, s.id, { target: "agenda_order", itemIds: order.slice(0, 2), reason })).status,
    ).toBe(400);
    expect((await api.correct(t.office, s.id, { target: "agenda_order", itemIds: order, reason })).status).toBe(201);
    expect((await api.correct(t.office, s.id, { target: "agenda_delete", itemId: other.id, reason })).status).toBe(201);

    const agenda = (await api.get(t.office, s.id)).agenda.map((a: Json) => [a.position, a.title]);
    expect(agenda).toEqual([
      [1, "审查和批准预算"],
      [2, "听取政府工作报告"],
    ]);
    const lines = (await api.corrections(t.office, s.id)).map((c) => [c.label, ...c.lines]);
    expect(lines).toEqual([
      ["更正议程", "议程名称：审查预算 → 审查和批准预算"],
      [
        "调整议程顺序",
        "议程顺序：听取政府工作报告、审查和批准预算、其他事项 → 审查和批准预算、听取政府工作报告、其他事项",
      ],
      ["删除议程", "删除议程：其他事项（其他）"],
    ]);
    expect(await db.auditLog.count({ where: { action: "session.corrected", recordId: s.id } })).toBe(3);
  });
});
