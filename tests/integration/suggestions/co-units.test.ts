import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DAY_MS, formatDay, parseDay, todayInChina } from "@/lib/time/day";
import { pendingCoUnitInputs } from "@/lib/suggestions/co-units";
import { runReminders } from "@/lib/suggestions/reminders";
import { signIn } from "@/tests/factories";
import {
  api,
  errorOf,
  monthsAfter,
  rate,
  ROLES,
  setup,
  step,
  suggestionAt,
  unitWithLogin,
  versionOf,
  type World,
} from "./helpers";

const CO_INPUT = "已核实该桥属财政所年度维修计划范围，可安排资金 8 万元。";

/** A suggestion assigned to the role unit (lead) and a co-unit 财政所. */
async function withCoUnit(w: World) {
  const co = await unitWithLogin(w.township.id, "财政所");
  const id = await suggestionAt(w, "ASSIGNED", { coUnitIds: [co.unit.id] });
  return { co, id };
}

const coInput = async (cookie: string, id: string, note = CO_INPUT) =>
  api.transition(cookie, id, { action: "co_input", note, version: await versionOf(id) });
const eventsOf = async (cookie: string, id: string) =>
  (
    (await (await api.get(cookie, id)).json()) as {
      events: { type: string; note: string | null; late: boolean; unit: string | null }[];
    }
  ).events;

describe("co-units' input (协办意见)", () => {
  it("is due a month after assignment; the co-unit sends it once, the lead unit is told and sees its status", async () => {
    const w = await setup();
    const { co, id } = await withCoUnit(w);
    const today = todayInChina();
    const due = monthsAfter(today, 1);
    const assignment = await db.suggestionAssignment.findFirstOrThrow({
      where: { suggestionId: id, unitId: co.unit.id },
    });
    expect(formatDay(assignment.inputDue!)).toBe(due);
    expect(assignment.inputAt).toBeNull();
    expect(await db.suggestionAssignment.findFirstOrThrow({ where: { suggestionId: id, lead: true } })).toMatchObject({
      inputDue: null,
    });

    const lead = await (await api.get(w.cookie.UNIT, id)).json();
    expect(lead.assignments.find((a: { lead: boolean }) => !a.lead).input).toEqual({
      due,
      at: null,
      late: false,
      overdue: false,
    });

    await step(co.cookie, id, { action: "co_input", note: CO_INPUT });
    const event = await db.suggestionEvent.findFirstOrThrow({ where: { suggestionId: id, type: "co_input" } });
    expect(event).toMatchObject({ unitId: co.unit.id, note: CO_INPUT, late: false, toState: null });
    expect(await db.suggestion.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "ASSIGNED" });
    expect(
      await db.notification.findFirst({ where: { unitId: w.unit.id, message: { contains: "协办意见" } } }),
    ).toMatchObject({
      message: "协办单位“财政所”已提交对“关于修缮清水村便民桥的建议”的协办意见",
    });
    expect(
      await db.auditLog.findFirst({ where: { action: "suggestion.co_input_submitted", recordId: id } }),
    ).toMatchObject({ after: { late: false, note: CO_INPUT } });
    const after = await (await api.get(w.cookie.UNIT, id)).json();
    const input = after.assignments.find((a: { lead: boolean }) => !a.lead).input;
    expect(input).toMatchObject({ due, late: false });
    expect(input.at).not.toBeNull();

    // Once per round.
    const again = await coInput(co.cookie, id);
    expect(again.status).toBe(409);
    expect((await errorOf(again)).message).toBe("本轮办理已提交过协办意见");
    expect(await db.suggestionEvent.count({ where: { type: "co_input" } })).toBe(1);
  });

  it("after its due day it is still taken, marked late (逾期) in the timeline and in the lead unit's notice", async () => {
    const w = await setup();
    const { co, id } = await withCoUnit(w);
    const yesterday = new Date(todayInChina().getTime() - DAY_MS);
    await db.suggestionAssignment.updateMany({
      where: { suggestionId: id, unitId: co.unit.id },
      data: { inputDue: yesterday },
    });
    await step(co.cookie, id, { action: "co_input", note: CO_INPUT });
    expect(await db.suggestionEvent.findFirstOrThrow({ where: { type: "co_input" } })).toMatchObject({ late: true });
    expect((await eventsOf(w.cookie.OFFICE, id)).find((e) => e.type === "co_input")).toMatchObject({
      late: true,
      unit: "财政所",
      note: CO_INPUT,
    });
    expect(
      await db.notification.count({ where: { unitId: w.unit.id, message: { endsWith: "的协办意见（逾期）" } } }),
    ).toBe(1);
    const lead = await (await api.get(w.cookie.UNIT, id)).json();
    expect(lead.assignments.find((a: { lead: boolean }) => !a.lead).input).toMatchObject({
      due: formatDay(yesterday),
      late: true,
    });
  });

  it("an overdue, missing input is shown as late to the lead unit but does not stop its reply", async () => {
    const w = await setup();
    const { co, id } = await withCoUnit(w);
    const yesterday = new Date(todayInChina().getTime() - DAY_MS);
    await db.suggestionAssignment.updateMany({
      where: { suggestionId: id, unitId: co.unit.id },
      data: { inputDue: yesterday },
    });
    const lead = await (await api.get(w.cookie.UNIT, id)).json();
    expect(lead.assignments.find((a: { lead: boolean }) => !a.lead).input).toMatchObject({ at: null, overdue: true });
    expect(lead.steps.find((s: { name: string }) => s.name === "reply")).toMatchObject({ open: true });
    await step(w.cookie.UNIT, id, { action: "reply", replyClass: "A", note: "已修缮。" });
    expect(await db.suggestion.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "REPLIED" });
  });

  it("only an active co-unit, only while being handled; the others are refused and nothing is written", async () => {
    const w = await setup();
    const { co, id } = await withCoUnit(w);
    const other = await unitWithLogin(w.township.id, "派出所");
    // Columns: OFFICE, CHAIR, PRESIDIUM, DEPUTY, UNIT (the lead unit).
    const expected = [403, 403, 403, 403, 403];
    for (const [i, role] of ROLES.entries()) {
      const res = await coInput(w.cookie[role], id);
      expect(res.status, role).toBe(expected[i]);
    }
    expect((await coInput(other.cookie, id)).status).toBe(404);
    const empty = await api.transition(co.cookie, id, { action: "co_input", note: " ", version: await versionOf(id) });
    expect(empty.status).toBe(400);
    expect((await errorOf(empty)).fields).toEqual({ note: "请填写协办意见" });
    expect(await db.suggestionEvent.count({ where: { type: "co_input" } })).toBe(0);

    // Once replied, the round is over.
    await step(w.cookie.UNIT, id, { action: "reply", replyClass: "A", note: "已修缮。" });
    const late = await coInput(co.cookie, id);
    expect(late.status).toBe(409);
    expect((await errorOf(late)).message).toBe("只有办理中的建议可以提交协办意见");

    // Another township's co-unit of the same name finds nothing.
    const b = await setup("乙镇");
    const bCo = await unitWithLogin(b.township.id, "财政所");
    expect((await coInput(bCo.cookie, id)).status).toBe(404);
    expect(await db.suggestionEvent.count({ where: { type: "co_input" } })).toBe(0);
  });

  it("is shown to the office, chair, the lead unit and the co-unit — not to the deputy", async () => {
    const w = await setup();
    const { co, id } = await withCoUnit(w);
    await step(co.cookie, id, { action: "co_input", note: CO_INPUT });
    for (const cookie of [w.cookie.OFFICE, w.cookie.CHAIR, w.cookie.PRESIDIUM, w.cookie.UNIT, co.cookie]) {
      expect((await eventsOf(cookie, id)).filter((e) => e.type === "co_input")).toHaveLength(1);
    }
    expect((await eventsOf(w.cookie.DEPUTY, id)).map((e) => e.type)).not.toContain("co_input");
    expect(JSON.stringify(await (await api.get(w.cookie.DEPUTY, id)).json())).not.toContain(CO_INPUT);
  });

  it("a 不满意 rating opens a new round: the co-unit owes input again, due a month from then", async () => {
    const w = await setup();
    const { co, id } = await withCoUnit(w);
    await step(co.cookie, id, { action: "co_input", note: CO_INPUT });
    await step(w.cookie.UNIT, id, { action: "reply", replyClass: "B", note: "列入明年计划。" });
    await rate(w.cookie.DEPUTY, id, { rating: "UNSATISFIED", comment: "拖得太久" });
    const a = await db.suggestionAssignment.findFirstOrThrow({ where: { suggestionId: id, unitId: co.unit.id } });
    expect(a.inputAt).toBeNull();
    expect(formatDay(a.inputDue!)).toBe(monthsAfter(todayInChina(), 1));
    expect(
      await db.notification.count({ where: { unitId: co.unit.id, message: { contains: "重新办理，请于" } } }),
    ).toBe(1);
    await step(co.cookie, id, { action: "co_input", note: "财政所可提前下达资金。" });
    expect(await db.suggestionEvent.count({ where: { type: "co_input" } })).toBe(2);
  });
});

describe("pending co-unit input, for the reminder lists", () => {
  it("the office sees the township's, a unit what it owes and what it waits for as lead, a deputy none", async () => {
    const w = await setup();
    const { co, id } = await withCoUnit(w);
    const other = await unitWithLogin(w.township.id, "派出所");
    const second = await suggestionAt(w, "ASSIGNED", {
      leadUnitId: other.unit.id,
      coUnitIds: [co.unit.id],
      body: { title: "关于增设路口监控的建议" },
    });
    // The first is overdue.
    const dueDay = parseDay(monthsAfter(todayInChina(), -1));
    await db.suggestionAssignment.updateMany({
      where: { suggestionId: id, unitId: co.unit.id },
      data: { inputDue: dueDay },
    });
    const b = await setup("乙镇");
    await withCoUnit(b);

    const office = await pendingCoUnitInputs(w.sessions.OFFICE.actor);
    expect(office.map((p) => [p.title, p.unit.name, p.leadUnit?.name, p.status])).toEqual([
      ["关于修缮清水村便民桥的建议", "财政所", "民政办", "OVERDUE"],
      ["关于增设路口监控的建议", "财政所", "派出所", "ON_TRACK"],
    ]);
    expect(office[0]).toMatchObject({ suggestionId: id, due: formatDay(dueDay) });
    expect(office[0].daysLeft).toBeLessThan(0);
    expect(await pendingCoUnitInputs(w.sessions.OFFICE.actor, { unitId: other.unit.id })).toEqual([]);
    expect((await pendingCoUnitInputs(w.sessions.CHAIR.actor)).length).toBe(2);
    const coActor = (await signIn(co.user)).actor;
    expect((await pendingCoUnitInputs(coActor)).map((p) => p.suggestionId)).toEqual([id, second]);
    expect((await pendingCoUnitInputs(w.sessions.UNIT.actor)).map((p) => p.suggestionId)).toEqual([id]);
    expect(await pendingCoUnitInputs(w.sessions.DEPUTY.actor)).toEqual([]);

    await step(co.cookie, id, { action: "co_input", note: CO_INPUT });
    expect((await pendingCoUnitInputs(w.sessions.OFFICE.actor)).map((p) => p.suggestionId)).toEqual([second]);
  });

  it("the daily run tells a co-unit once that its input is overdue", async () => {
    const w = await setup();
    const { co, id } = await withCoUnit(w);
    const dueDay = parseDay(monthsAfter(todayInChina(), -1));
    await db.suggestionAssignment.updateMany({
      where: { suggestionId: id, unitId: co.unit.id },
      data: { inputDue: dueDay },
    });
    await runReminders();
    await runReminders();
    const notes = await db.notification.findMany({
      where: { unitId: co.unit.id, message: { contains: "协办意见已逾期" } },
    });
    expect(notes.map((n) => n.message)).toEqual([
      `建议“关于修缮清水村便民桥的建议”的协办意见已逾期（应于 ${formatDay(dueDay)} 前提交），请尽快向主办单位提交`,
    ]);
  });
});
