// Paper first (代录): the office keys in a unit's reply, a co-unit's input and a deputy's rating form
// with the day each really happened (lib/records/on-behalf.ts). The deadlines and the on-time figure
// run from those days; a day after today or before the step it follows is a 400 naming the field;
// each entry says who keyed it on whose behalf, on the timeline and in the audit row.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DAY_MS, formatDay, todayInChina } from "@/lib/time/day";
import { suggestionFigures } from "@/lib/suggestions/figures";
import { signIn } from "@/tests/factories";
import {
  api,
  errorOf,
  monthsAfter,
  newSuggestion,
  rate,
  setup,
  step,
  submit,
  unitWithLogin,
  versionOf,
  type World,
} from "./helpers";

const today = todayInChina();
const daysAgo = (n: number) => formatDay(new Date(today.getTime() - n * DAY_MS));

/** A suggestion the office keyed in from paper (代为提交), raised `raised` days ago, registered, assigned `assigned` days ago. */
async function backEntered(w: World, raised: number, assigned: number, coUnitIds: string[] = []) {
  const id = await submit(
    w.cookie.OFFICE,
    newSuggestion(w.categoryId, { deputyId: w.deputy.id, raisedOn: daysAgo(raised) }),
  );
  await step(w.cookie.OFFICE, id, { action: "register" });
  await step(w.cookie.OFFICE, id, {
    action: "assign",
    leadUnitId: w.unit.id,
    coUnitIds,
    occurredOn: daysAgo(assigned),
  });
  return id;
}

const reply = (day: string) => ({
  action: "reply",
  replyClass: "A",
  note: "已修缮完毕（纸质答复）。",
  occurredOn: day,
});

describe("代录: the office keys paper forms in with their real dates", () => {
  it("an assignment, a paper reply and a rating form keyed later take their own days, marked 代录 with who keyed them", async () => {
    const w = await setup("代录镇");
    // Assigned 120 days ago: the reply was due about 30 days ago. The paper reply came 40 days ago
    // (on time), but is keyed in today — after the deadline.
    const id = await backEntered(w, 130, 120);
    const assigned = await db.suggestion.findUniqueOrThrow({ where: { id } });
    expect(formatDay(assigned.assignedOn!)).toBe(daysAgo(120));
    expect(formatDay(assigned.deadline!)).toBe(monthsAfter(new Date(today.getTime() - 120 * DAY_MS), 3));
    expect(formatDay(assigned.raisedOn!)).toBe(daysAgo(130));

    await step(w.cookie.OFFICE, id, reply(daysAgo(40)));
    await rate(w.cookie.OFFICE, id, { rating: "SATISFIED", occurredOn: daysAgo(30) });

    const s = await db.suggestion.findUniqueOrThrow({ where: { id } });
    expect(s.state).toBe("RATED");
    expect(formatDay(s.repliedOn!)).toBe(daysAgo(40));

    // The timeline: the real days, and 代录 with the keyer and for whom.
    const detail = (await (await api.get(w.cookie.OFFICE, id)).json()) as {
      events: { type: string; occurredOn: string | null; onBehalf: { caption: string; of: string | null } | null }[];
    };
    const byType = (t: string) => detail.events.find((e) => e.type === t)!;
    expect(byType("assign")).toMatchObject({ occurredOn: daysAgo(120), onBehalf: null });
    expect(byType("reply")).toMatchObject({
      occurredOn: daysAgo(40),
      onBehalf: { caption: `代录 · 由 ${w.users.OFFICE.displayName} 录入`, of: w.unit.name },
    });
    expect(byType("rating")).toMatchObject({
      occurredOn: daysAgo(30),
      onBehalf: { caption: `代录 · 由 ${w.users.OFFICE.displayName} 录入`, of: w.deputy.name },
    });
    // The deputy sees the same marks on their own suggestion.
    const mine = (await (await api.get(w.cookie.DEPUTY, id)).json()) as typeof detail;
    expect(mine.events.find((e) => e.type === "reply")?.onBehalf?.caption).toContain("代录");

    // The audit rows mark 代录, with who keyed it and for whom.
    const audits = await db.auditLog.findMany({
      where: { recordId: id, action: { in: ["suggestion.replied", "suggestion.rated", "suggestion.assigned"] } },
    });
    const after = (action: string) => audits.find((a) => a.action === action)!.after as Record<string, unknown>;
    expect(after("suggestion.replied")).toMatchObject({
      occurredOn: daysAgo(40),
      onBehalf: { mark: "代录", enteredById: w.users.OFFICE.id, onBehalfOf: w.unit.name },
    });
    expect(after("suggestion.rated")).toMatchObject({
      occurredOn: daysAgo(30),
      onBehalf: { mark: "代录", enteredBy: w.users.OFFICE.displayName, onBehalfOf: w.deputy.name },
    });
    expect(after("suggestion.assigned")).toMatchObject({ occurredOn: daysAgo(120) });
    expect(after("suggestion.assigned").onBehalf).toBeUndefined();

    // The on-time figure uses the reply's own day (40 days ago, before the deadline), not the keying day.
    const f = await suggestionFigures((await signIn(w.users.OFFICE)).actor, { year: s.year });
    expect({ replied: f.replied, onTime: f.onTime, onTimeRate: f.onTimeRate, overdue: f.overdue }).toEqual({
      replied: 1,
      onTime: 1,
      onTimeRate: 100,
      overdue: 0,
    });
  });

  it("a paper reply dated after the deadline is late, whenever it is keyed", async () => {
    const w = await setup("代录迟镇");
    const id = await backEntered(w, 130, 120);
    await step(w.cookie.OFFICE, id, reply(daysAgo(5)));
    const year = (await db.suggestion.findUniqueOrThrow({ where: { id } })).year;
    const f = await suggestionFigures((await signIn(w.users.OFFICE)).actor, { year });
    expect({ replied: f.replied, onTime: f.onTime }).toEqual({ replied: 1, onTime: 0 });
  });

  it("a 不满意 rating form sends it back with the deadline counted from the deputy's date", async () => {
    const w = await setup("代录重办镇");
    const id = await backEntered(w, 100, 90);
    await step(w.cookie.OFFICE, id, reply(daysAgo(60)));
    await rate(w.cookie.OFFICE, id, { rating: "UNSATISFIED", comment: "未彻底解决", occurredOn: daysAgo(50) });
    const s = await db.suggestion.findUniqueOrThrow({ where: { id } });
    expect(s.state).toBe("REHANDLING");
    expect(formatDay(s.deadline!)).toBe(monthsAfter(new Date(today.getTime() - 50 * DAY_MS), 3));
  });

  it("a co-unit's paper input: keyed for the unit chosen, with its date, late when after its due day", async () => {
    const w = await setup("代录协办镇");
    const co = await unitWithLogin(w.township.id, "财政所");
    const id = await backEntered(w, 100, 90, [co.unit.id]);
    const noUnit = await api.transition(w.cookie.OFFICE, id, {
      action: "co_input",
      note: "协办意见",
      version: await versionOf(id),
    });
    expect(noUnit.status).toBe(400);
    expect((await errorOf(noUnit)).fields).toEqual({ unitId: "协办单位：请选择协办单位" });

    await step(w.cookie.OFFICE, id, {
      action: "co_input",
      unitId: co.unit.id,
      note: "同意主办意见",
      occurredOn: daysAgo(45),
    });
    const ev = await db.suggestionEvent.findFirstOrThrow({ where: { suggestionId: id, type: "co_input" } });
    // Due a month after the assignment (about 60 days ago): 45 days ago is late.
    expect(ev).toMatchObject({ unitId: co.unit.id, late: true, enteredById: w.users.OFFICE.id, onBehalfOf: "财政所" });
    expect(formatDay(ev.occurredOn!)).toBe(daysAgo(45));
    const a = await db.suggestionAssignment.findFirstOrThrow({ where: { suggestionId: id, unitId: co.unit.id } });
    expect(formatDay(todayInChina(a.inputAt!))).toBe(daysAgo(45));
    // Nobody owes input any more: the office's step closes.
    const again = await api.transition(w.cookie.OFFICE, id, {
      action: "co_input",
      unitId: co.unit.id,
      note: "再次",
      version: await versionOf(id),
    });
    expect(again.status).toBe(409);
  });
});

describe("代录: days refused with a 400 naming the field", () => {
  it("after today, or before the step it follows", async () => {
    const w = await setup("代录拒镇");
    const tomorrow = formatDay(new Date(today.getTime() + DAY_MS));
    const refused = async (res: Response, fields: Record<string, string>) => {
      expect(res.status).toBe(400);
      expect((await errorOf(res)).fields).toEqual(fields);
    };
    // 提出日期 after today.
    await refused(
      await api.create(w.cookie.OFFICE, newSuggestion(w.categoryId, { deputyId: w.deputy.id, raisedOn: tomorrow })),
      { raisedOn: `提出日期：不能晚于今天（${formatDay(today)}）` },
    );
    const id = await submit(
      w.cookie.OFFICE,
      newSuggestion(w.categoryId, { deputyId: w.deputy.id, raisedOn: daysAgo(30) }),
    );
    await step(w.cookie.OFFICE, id, { action: "register" });
    const assign = (occurredOn: string) =>
      versionOf(id).then((version) =>
        api.transition(w.cookie.OFFICE, id, { action: "assign", leadUnitId: w.unit.id, occurredOn, version }),
      );
    // 交办日期 before 提出日期, and after today.
    await refused(await assign(daysAgo(31)), { occurredOn: `交办日期：不能早于提出日期（${daysAgo(30)}）` });
    await refused(await assign(tomorrow), { occurredOn: `交办日期：不能晚于今天（${formatDay(today)}）` });
    await step(w.cookie.OFFICE, id, { action: "assign", leadUnitId: w.unit.id, occurredOn: daysAgo(20) });

    const replyAt = async (cookie: string, occurredOn: string) =>
      api.transition(cookie, id, { ...reply(occurredOn), version: await versionOf(id) });
    // 答复日期 before 交办日期, after today; a unit enters its own reply with today's date only.
    await refused(await replyAt(w.cookie.OFFICE, daysAgo(21)), {
      occurredOn: `答复日期：不能早于交办日期（${daysAgo(20)}）`,
    });
    await refused(await replyAt(w.cookie.OFFICE, tomorrow), {
      occurredOn: `答复日期：不能晚于今天（${formatDay(today)}）`,
    });
    await refused(await replyAt(w.cookie.UNIT, daysAgo(10)), { occurredOn: "答复日期：只有人大办补录或代录时填写" });
    await step(w.cookie.OFFICE, id, reply(daysAgo(10)));

    // 评价日期 before 答复日期.
    const res = await api.rate(w.cookie.OFFICE, id, {
      rating: "SATISFIED",
      occurredOn: daysAgo(11),
      version: await versionOf(id),
    });
    await refused(res, { occurredOn: `评价日期：不能早于答复日期（${daysAgo(10)}）` });
    // Nothing was written by the refused requests.
    expect(await db.suggestionEvent.count({ where: { suggestionId: id, type: { in: ["reply", "rating"] } } })).toBe(1);
  });

  it("only the office keys on someone's behalf: the chair and another unit are refused", async () => {
    const w = await setup("代录权镇");
    const id = await backEntered(w, 30, 20);
    const res = await api.transition(w.cookie.CHAIR, id, { ...reply(daysAgo(5)), version: await versionOf(id) });
    expect(res.status).toBe(403);
    const other = await unitWithLogin(w.township.id, "派出所");
    const res2 = await api.transition(other.cookie, id, { ...reply(daysAgo(5)), version: await versionOf(id) });
    expect([403, 404]).toContain(res2.status);
  });
});
