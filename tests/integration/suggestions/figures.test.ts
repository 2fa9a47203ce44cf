// The oversight figures against real PostgreSQL: a scenario taken through the API with known
// outcomes (exact numbers overall, per session, per unit, per category), the figures route for
// every role, and a seeded random data set checked against an independent count written here.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DAY_MS, formatDay, parseDay, todayInChina } from "@/lib/time/day";
import { suggestionFigures } from "@/lib/suggestions/figures";
import { GET as figuresRoute } from "@/app/api/v1/suggestions/figures/route";
import { createDeputy, createUnit, request, signIn } from "@/tests/factories";
import { unitProgress } from "@/lib/landing/progress";
import { idsOf, listWith, sorted } from "@/tests/integration/list-total";
import {
  api,
  errorOf,
  monthsAfter,
  newSuggestion,
  rate,
  setup,
  step,
  submit,
  suggestionAt,
  unitWithLogin,
  type World,
} from "./helpers";

const figuresApi = (cookie: string, qs = "") => figuresRoute(request(`/api/v1/suggestions/figures${qs}`, { cookie }));

async function session(w: World, number: number, startDate: string) {
  return db.congressSession.create({
    data: {
      townshipId: w.township.id,
      termId: w.term.id,
      number,
      startDate: parseDay(startDate),
      endDate: parseDay(startDate),
      venue: "镇政府会议室",
    },
  });
}

/** As if the deadline had already passed (the reply that follows is late). */
const lapse = (id: string) =>
  db.suggestion.update({ where: { id }, data: { deadline: new Date(todayInChina().getTime() - DAY_MS) } });

/**
 * Known outcomes, taken through the API:
 *   s1 S1 经济建设 民政办  A, on time, 满意
 *   s2 S1 经济建设 民政办  B, late, 基本满意
 *   s3 S1 农业农村 民政办  C late → 不满意 → A (on time, but the first reply counts) → 满意
 *   s4 S2 农业农村 财政所 (co 民政办) assigned, deadline passed: overdue
 *   s5 S2 城乡建设 财政所 (co 派出所) delay notice, original deadline passed, C within the delay: on time
 *   s6 闭会 城乡建设 国土所 B → 不满意 → C → 不满意: being re-handled, sent back twice
 *   s7 闭会 经济建设 registered, not assigned
 *   out: a withdrawn one, a motion placed on the agenda (S1), last year's, another township's
 */
async function scenario() {
  const w = await setup();
  const year = todayInChina().getUTCFullYear();
  const [S1, S2] = [await session(w, 1, `${year}-01-10`), await session(w, 2, `${year}-06-20`)];
  const u2 = await unitWithLogin(w.township.id, "财政所");
  const u3 = await unitWithLogin(w.township.id, "国土所");
  const u4 = await createUnit(w.township.id, "派出所");
  const [cat0, cat1, cat2] = w.categoryIds;
  const at = (body: Record<string, unknown>, leadUnitId = w.unit.id, coUnitIds: string[] = []) =>
    suggestionAt(w, "ASSIGNED", { body, leadUnitId, coUnitIds });
  const reply = (cookie: string, id: string, replyClass: string) =>
    step(cookie, id, { action: "reply", replyClass, note: `答复（${replyClass}）` });

  const s1 = await at({ sessionId: S1.id, categoryId: cat0, title: "关于修建村文化广场的建议" });
  await reply(w.cookie.UNIT, s1, "A");
  await rate(w.cookie.DEPUTY, s1, { rating: "SATISFIED" });

  const s2 = await at({ sessionId: S1.id, categoryId: cat0, title: "关于扶持特色种植的建议" });
  await lapse(s2);
  await reply(w.cookie.UNIT, s2, "B");
  await rate(w.cookie.DEPUTY, s2, { rating: "BASICALLY_SATISFIED" });

  const s3 = await at({ sessionId: S1.id, categoryId: cat1, title: "关于整修灌溉水渠的建议" });
  await lapse(s3);
  await reply(w.cookie.UNIT, s3, "C");
  await rate(w.cookie.DEPUTY, s3, { rating: "UNSATISFIED", comment: "水渠渗漏严重，请今年解决" });
  await reply(w.cookie.UNIT, s3, "A");
  await rate(w.cookie.DEPUTY, s3, { rating: "SATISFIED" });

  const s4 = await at({ sessionId: S2.id, categoryId: cat1, title: "关于农村低保动态管理的建议" }, u2.unit.id, [
    w.unit.id,
  ]);
  await lapse(s4);

  const s5 = await at({ sessionId: S2.id, categoryId: cat2, title: "关于拓宽场镇主街的建议" }, u2.unit.id, [u4.id]);
  await step(u2.cookie, s5, { action: "delay", date: monthsAfter(todayInChina(), 4), note: "需县交通局立项" });
  await lapse(s5);
  await reply(u2.cookie, s5, "C");

  const s6 = await at({ categoryId: cat2, title: "关于治理河道垃圾的建议" }, u3.unit.id);
  await reply(u3.cookie, s6, "B");
  await rate(w.cookie.DEPUTY, s6, { rating: "UNSATISFIED", comment: "垃圾仍未清理" });
  await reply(u3.cookie, s6, "C");
  await rate(w.cookie.DEPUTY, s6, { rating: "UNSATISFIED", comment: "仍未清理" });

  const s7 = await suggestionAt(w, "REGISTERED", { body: { categoryId: cat0, title: "关于增设公交站点的建议" } });

  const withdrawn = await suggestionAt(w, "SUBMITTED", { body: { sessionId: S1.id } });
  await step(w.cookie.OFFICE, withdrawn, { action: "withdraw" });
  const cosigners = await Promise.all(Array.from({ length: 4 }, () => createDeputy(w.township.id, w.term.id)));
  const motion = await submit(
    w.cookie.DEPUTY,
    newSuggestion(cat0, {
      kind: "MOTION",
      sessionId: S1.id,
      title: "关于制定村庄规划的议案",
      cosignerIds: cosigners.map((d) => d.id),
    }),
  );
  await step(w.cookie.OFFICE, motion, { action: "register" });
  await step(w.cookie.CHAIR, motion, { action: "decide_motion", decision: "PLACE_ON_AGENDA" });
  const lastYear = await at({ categoryId: cat0, title: "去年的建议" });
  await reply(w.cookie.UNIT, lastYear, "A");
  await db.suggestion.update({ where: { id: lastYear }, data: { year: year - 1 } });

  const other = await setup("另一镇");
  const foreign = await suggestionAt(other, "REPLIED");
  await rate(other.cookie.DEPUTY, foreign, { rating: "UNSATISFIED", comment: "不满意" });

  return { w, other, year, S1, S2, u2, u3, u4, ids: { s1, s2, s3, s4, s5, s6, s7 } };
}

const counts = (o: Record<string, unknown>) => expect.objectContaining(o);
const list = listWith(api.list);

describe("suggestion figures", () => {
  it("the on-time rate opens exactly its suggestions: the list's onTime=base|true, the township's and a lead unit's", async () => {
    const { w, year, u2, ids } = await scenario();
    const { s1, s2, s3, s4, s5, s6 } = ids;
    const all = await suggestionFigures(w.sessions.OFFICE.actor, { year });
    // Hand-counted: replied s1, s2, s3, s5, s6 and s4 overdue without a reply; on time s1, s5, s6 (s3's first reply was late).
    const base = await list(w.cookie.OFFICE, `?year=${year}&onTime=base&pageSize=100`);
    expect(idsOf(base)).toEqual(sorted([s1, s2, s3, s4, s5, s6]));
    expect(base.total).toBe(all.replied + all.overdueUnanswered);
    const onTime = await list(w.cookie.OFFICE, `?year=${year}&onTime=true&pageSize=100`);
    expect(idsOf(onTime)).toEqual(sorted([s1, s5, s6]));
    expect(onTime.total).toBe(all.onTime);

    // 财政所 leads s4 (overdue, unanswered) and s5 (on time within the delay notice); its landing bar opens them.
    const unit = await signIn(u2.user);
    const bar = (await unitProgress(unit.actor))!.bars.find((b) => b.key === "suggestions")!;
    expect(bar.href).toBe(`/suggestions?year=${year}&leadUnitId=${u2.unit.id}&onTime=base`);
    const mine = await list(u2.cookie, `?year=${year}&leadUnitId=${u2.unit.id}&onTime=base`);
    expect(idsOf(mine)).toEqual(sorted([s4, s5]));
    const own = await suggestionFigures(unit.actor, { year, unitId: u2.unit.id });
    expect([mine.total, bar.done, bar.of]).toEqual([own.replied + own.overdueUnanswered, own.onTime, 2]);
    expect(idsOf(await list(u2.cookie, `?year=${year}&leadUnitId=${u2.unit.id}&onTime=true`))).toEqual([s5]);

    // Without a year the filter cannot say which year's rate it opens.
    const noYear = await api.list(w.cookie.OFFICE, "?onTime=base");
    expect(noYear.status).toBe(400);
    expect((await errorOf(noYear)).fields).toEqual({ year: "年度：按时答复筛选须同时选择年度" });
  });

  it("counts a known scenario exactly: overall, per lead unit, per session, per category and by state", async () => {
    const { w, year, S1, S2, u2, u3 } = await scenario();
    const f = await suggestionFigures(w.sessions.OFFICE.actor, { year });
    expect(f).toMatchObject({
      year,
      total: 7,
      byState: { RATED: 3, ASSIGNED: 1, REPLIED: 1, REHANDLING: 1, REGISTERED: 1 },
      replied: 5,
      onTime: 3,
      // s4 is past its deadline without a reply: 3 ÷ (5 + 1), not 3 ÷ 5.
      overdueUnanswered: 1,
      onTimeRate: 50,
      byClass: { A: 2, B: 1, C: 2 },
      resolvedRate: 40,
      rated: 4,
      satisfied: 2,
      basicallySatisfied: 1,
      unsatisfied: 1,
      satisfactionRate: 75,
      rehandled: 2,
      rehandlings: 3,
      delayed: 1,
      overdue: 1,
      inHand: 2,
      unassigned: 1,
      leadUnits: 3,
      allUnits: 4,
      onAgenda: 1,
      asOf: formatDay(todayInChina()),
    });
    expect(Object.keys(f.byState).sort()).toEqual(["ASSIGNED", "RATED", "REGISTERED", "REHANDLING", "REPLIED"]);

    expect(f.units).toEqual([
      counts({
        id: w.unit.id,
        name: "民政办",
        total: 3,
        replied: 3,
        onTime: 1,
        onTimeRate: 33.3,
        rated: 3,
        satisfied: 2,
        basicallySatisfied: 1,
        satisfactionRate: 100,
        rehandled: 1,
        rehandlings: 1,
        overdue: 0,
        byClass: { A: 2, B: 1, C: 0 },
      }),
      counts({
        id: u2.unit.id,
        name: "财政所",
        total: 2,
        replied: 1,
        onTime: 1,
        overdueUnanswered: 1,
        onTimeRate: 50,
        rated: 0,
        satisfactionRate: null,
        delayed: 1,
        overdue: 1,
        inHand: 1,
        byClass: { A: 0, B: 0, C: 1 },
      }),
      counts({
        id: u3.unit.id,
        name: "国土所",
        total: 1,
        replied: 1,
        onTime: 1,
        rated: 1,
        unsatisfied: 1,
        satisfactionRate: 0,
        rehandled: 1,
        rehandlings: 2,
        overdue: 0,
        inHand: 1,
      }),
    ]);
    expect(f.sessions).toEqual([
      counts({
        id: S1.id,
        name: "测试镇第十七届人民代表大会第一次会议",
        total: 3,
        replied: 3,
        onTime: 1,
        rated: 3,
        satisfactionRate: 100,
        rehandled: 1,
      }),
      counts({
        id: S2.id,
        name: "测试镇第十七届人民代表大会第二次会议",
        total: 2,
        replied: 1,
        onTime: 1,
        overdue: 1,
        overdueUnanswered: 1,
        onTimeRate: 50,
        delayed: 1,
      }),
      counts({ id: null, name: "闭会期间", total: 2, replied: 1, rated: 1, satisfactionRate: 0, rehandlings: 2 }),
    ]);
    expect(f.byCategory.map((c) => [c.name, c.total, c.share])).toEqual([
      ["经济建设", 3, 42.9],
      ["农业农村", 2, 28.6],
      ["城乡建设", 2, 28.6],
    ]);
  });

  it("filters by session, the recess, lead unit and year, and never counts another township", async () => {
    const { w, other, year, S1, S2, u2 } = await scenario();
    const actor = w.sessions.OFFICE.actor;
    expect(await suggestionFigures(actor, { year, sessionId: S1.id })).toMatchObject({
      total: 3,
      replied: 3,
      onTime: 1,
      onAgenda: 1,
      unassigned: 0,
      leadUnits: 1,
      allUnits: 1,
    });
    expect(await suggestionFigures(actor, { year, sessionId: S2.id })).toMatchObject({
      total: 2,
      overdue: 1,
      onAgenda: 0,
      leadUnits: 1,
      allUnits: 3,
    });
    expect(await suggestionFigures(actor, { year, sessionId: "recess" })).toMatchObject({
      total: 2,
      unassigned: 1,
      rehandlings: 2,
      byState: { REGISTERED: 1, REHANDLING: 1 },
    });
    const unit = await suggestionFigures(actor, { year, unitId: u2.unit.id });
    expect(unit).toMatchObject({ total: 2, replied: 1, onTime: 1, overdue: 1, delayed: 1, onAgenda: 0, unassigned: 0 });
    expect(unit.units.map((u) => u.id)).toEqual([u2.unit.id]);
    expect(await suggestionFigures(actor, { year, sessionId: S2.id, unitId: w.unit.id })).toMatchObject({
      total: 0,
      onTimeRate: null,
      units: [],
    });
    expect(await suggestionFigures(actor, { year: year - 1 })).toMatchObject({
      total: 1,
      replied: 1,
      byClass: { A: 1, B: 0, C: 0 },
    });
    // Another township's unit and session ids find nothing here; its own figures are its own.
    expect(await suggestionFigures(actor, { year, unitId: other.unit.id })).toMatchObject({ total: 0 });
    expect(await suggestionFigures(other.sessions.OFFICE.actor, { year })).toMatchObject({
      total: 1,
      replied: 1,
      rated: 1,
      unsatisfied: 1,
      rehandled: 1,
      units: [counts({ id: other.unit.id, total: 1 })],
    });
    expect(await suggestionFigures(other.sessions.OFFICE.actor, { year, sessionId: S1.id })).toMatchObject({
      total: 0,
      onAgenda: 0,
    });
  });

  it("judges a first reply against the due date then in force, also for replies recorded without one", async () => {
    const { w, year, ids } = await scenario();
    const actor = w.sessions.OFFICE.actor;
    const before = await suggestionFigures(actor, { year });
    // Replies recorded before replies carried their due date: the same verdicts from the record.
    await db.suggestionEvent.updateMany({
      where: { suggestionId: { in: [ids.s1, ids.s2, ids.s5] }, type: "reply" },
      data: { date: null },
    });
    expect(await suggestionFigures(actor, { year })).toMatchObject({
      onTime: before.onTime,
      onTimeRate: before.onTimeRate,
    });
    // s3 was re-handled, so its deadline now is the new one: the first deadline is worked out from the assignment.
    await db.suggestionEvent.updateMany({ where: { suggestionId: ids.s3, type: "reply" }, data: { date: null } });
    const assignedOn = parseDay(monthsAfter(todayInChina(), -4));
    await db.suggestion.update({ where: { id: ids.s3 }, data: { assignedOn } });
    expect(await suggestionFigures(actor, { year })).toMatchObject({ onTime: before.onTime });
    await db.suggestion.update({
      where: { id: ids.s3 },
      data: { assignedOn: parseDay(monthsAfter(todayInChina(), -2)) },
    });
    expect(await suggestionFigures(actor, { year })).toMatchObject({ onTime: before.onTime + 1 });
  });

  it("GET /suggestions/figures gives the same numbers to the office, chair and presidium; deputies and units 403", async () => {
    const { w, year, S1, u2 } = await scenario();
    for (const role of ["OFFICE", "CHAIR", "PRESIDIUM"] as const) {
      const res = await figuresApi(w.cookie[role], `?year=${year}`);
      expect(res.status, role).toBe(200);
      expect(res.headers.get("cache-control")).toBe("no-store, no-transform");
      expect(await res.json()).toEqual(
        JSON.parse(JSON.stringify(await suggestionFigures(w.sessions.OFFICE.actor, { year }))),
      );
    }
    const filtered = await (
      await figuresApi(w.cookie.CHAIR, `?year=${year}&sessionId=${S1.id}&unitId=${w.unit.id}`)
    ).json();
    expect(filtered).toMatchObject({ sessionId: S1.id, unitId: w.unit.id, total: 3, onTime: 1 });
    expect(await (await figuresApi(w.cookie.OFFICE, `?unitId=${u2.unit.id}`)).json()).toMatchObject({ year, total: 2 });
    expect(await (await figuresApi(w.cookie.OFFICE, `?year=${year}&sessionId=recess`)).json()).toMatchObject({
      sessionId: "recess",
      total: 2,
    });
    for (const role of ["DEPUTY", "UNIT"] as const) {
      const res = await figuresApi(w.cookie[role], `?year=${year}`);
      expect(res.status, role).toBe(403);
    }
    expect(await db.auditLog.count({ where: { action: "auth.denied", recordId: "suggestion.figures" } })).toBe(2);
    const bad = await figuresApi(w.cookie.OFFICE, "?year=abc");
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).fields?.year).toBe("年份：请填写年份，如 2026");
    expect((await errorOf(await figuresApi(w.cookie.OFFICE, "?sessionId=nope"))).fields?.sessionId).toBe(
      "会议：会议编号格式不正确",
    );
    expect((await figuresApi("", `?year=${year}`)).status).toBe(401);
  });
});

// ── A seeded random data set against an independent count ─────────────────────────────────────

/** Mulberry32: a small seeded generator, so a failure can be replayed. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Ev = {
  type: "reply" | "rating" | "delay";
  at: Date;
  replyClass?: "A" | "B" | "C";
  rating?: "SATISFIED" | "BASICALLY_SATISFIED" | "UNSATISFIED";
  date?: Date;
};
interface Seeded {
  state: string;
  year: number;
  sessionId: string | null;
  unitId: string | null;
  categoryId: string;
  onAgenda: boolean;
  deadline: Date | null;
  delayedTo: Date | null;
  events: Ev[];
}

const chinaDay = (d: Date) => formatDay(new Date(d.getTime() + 8 * 3_600_000));

/** The figures rules, written out plainly over the seeded records. */
function expected(rows: Seeded[], year: number, today: string) {
  const counted = rows.filter(
    (r) => r.year === year && !["DRAFT", "WITHDRAWN", "MERGED"].includes(r.state) && !r.onAgenda,
  );
  const outcome = (r: Seeded) => {
    const replies = r.events.filter((e) => e.type === "reply").sort((a, b) => a.at.getTime() - b.at.getTime());
    const ratings = r.events.filter((e) => e.type === "rating").sort((a, b) => a.at.getTime() - b.at.getTime());
    const due = r.delayedTo ?? r.deadline;
    const inHand = r.state === "ASSIGNED" || r.state === "REHANDLING";
    return {
      replied: replies.length > 0,
      onTime: replies.length > 0 && chinaDay(replies[0].at) <= formatDay(replies[0].date!),
      cls: replies.at(-1)?.replyClass,
      rating: ratings.at(-1)?.rating,
      sentBack: ratings.filter((e) => e.rating === "UNSATISFIED").length,
      delayed: r.events.some((e) => e.type === "delay"),
      inHand,
      overdue: inHand && !!due && formatDay(due) < today,
    };
  };
  const sum = (list: Seeded[]) => {
    const o = list.map(outcome);
    const c = (p: (x: ReturnType<typeof outcome>) => boolean) => o.filter(p).length;
    return {
      total: list.length,
      replied: c((x) => x.replied),
      onTime: c((x) => x.onTime),
      byClass: { A: c((x) => x.cls === "A"), B: c((x) => x.cls === "B"), C: c((x) => x.cls === "C") },
      rated: c((x) => !!x.rating),
      satisfied: c((x) => x.rating === "SATISFIED"),
      basicallySatisfied: c((x) => x.rating === "BASICALLY_SATISFIED"),
      unsatisfied: c((x) => x.rating === "UNSATISFIED"),
      rehandled: c((x) => x.sentBack > 0),
      rehandlings: o.reduce((n, x) => n + x.sentBack, 0),
      delayed: c((x) => x.delayed),
      overdue: c((x) => x.overdue),
      inHand: c((x) => x.inHand),
    };
  };
  const groups = <K extends string | null>(key: (r: Seeded) => K) => {
    const m = new Map<K, Seeded[]>();
    for (const r of counted) m.set(key(r), [...(m.get(key(r)) ?? []), r]);
    return m;
  };
  return { all: sum(counted), units: groups((r) => r.unitId), sessions: groups((r) => r.sessionId), sum };
}

describe("suggestion figures: seeded random records", () => {
  it.each([1, 2, 3])("seed %i: every number equals an independent count", async (seed) => {
    const random = rng(seed);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    const w = await setup();
    const today = todayInChina();
    const year = today.getUTCFullYear();
    const sessions = [await session(w, 1, `${year}-01-10`), await session(w, 2, `${year}-06-20`)];
    const units = [w.unit, await createUnit(w.township.id, "财政所"), await createUnit(w.township.id, "国土所")];
    const rows: Seeded[] = [];
    for (let i = 0; i < 60; i++) {
      const state = pick([
        "SUBMITTED",
        "REGISTERED",
        "ASSIGNED",
        "ASSIGNED",
        "REPLIED",
        "RATED",
        "RATED",
        "CLOSED",
        "REHANDLING",
        "WITHDRAWN",
        "MERGED",
        "DRAFT",
      ] as const);
      // A motion placed on the agenda is closed without a unit; other closed ones were answered.
      const onAgenda = state === "CLOSED" && random() < 0.3;
      const assigned = !["SUBMITTED", "REGISTERED", "WITHDRAWN", "MERGED", "DRAFT"].includes(state) && !onAgenda;
      const deadline = assigned ? new Date(today.getTime() + Math.floor(random() * 120 - 60) * DAY_MS) : null;
      const events: Ev[] = [];
      let t = Date.UTC(year, 0, 15) + Math.floor(random() * 20) * DAY_MS;
      const next = () => new Date((t += Math.floor(random() * 10 * DAY_MS) + 3_600_000));
      let due = deadline;
      let delayedTo: Date | null = null;
      if (assigned && random() < 0.2) {
        delayedTo = new Date(deadline!.getTime() + 30 * DAY_MS);
        events.push({ type: "delay", at: next(), date: delayedTo });
        due = delayedTo;
      }
      const rounds =
        assigned && ["REPLIED", "RATED", "CLOSED", "REHANDLING"].includes(state) ? 1 + Math.floor(random() * 3) : 0;
      for (let k = 0; k < rounds; k++) {
        // Around the due date, some within hours of midnight China time.
        const at = new Date(due!.getTime() + Math.floor(random() * 60 - 30) * 3_600_000);
        t = Math.max(t, at.getTime());
        events.push({ type: "reply", at: new Date(t), replyClass: pick(["A", "B", "C"] as const), date: due! });
        const last = k === rounds - 1;
        const rating = last
          ? state === "REHANDLING"
            ? "UNSATISFIED"
            : state === "REPLIED"
              ? null
              : pick(["SATISFIED", "BASICALLY_SATISFIED"] as const)
          : "UNSATISFIED";
        if (rating) events.push({ type: "rating", at: next(), rating });
        if (rating === "UNSATISFIED") due = new Date(t + 90 * DAY_MS);
      }
      rows.push({
        state,
        year: random() < 0.1 ? year - 1 : year,
        sessionId: pick([...sessions.map((s) => s.id), null]),
        unitId: assigned ? pick(units).id : null,
        categoryId: pick(w.categoryIds.slice(0, 4)),
        onAgenda,
        deadline,
        delayedTo,
        events,
      });
    }
    for (const [i, r] of rows.entries()) {
      const s = await db.suggestion.create({
        data: {
          townshipId: w.township.id,
          title: `随机建议${i}`,
          content: "内容",
          categoryId: r.categoryId,
          sessionId: r.sessionId,
          state: r.state as never,
          year: r.year,
          leadUnitId: r.unitId,
          assignedOn: r.unitId ? new Date(today.getTime() - 100 * DAY_MS) : null,
          deadline: r.deadline,
          delayedTo: r.delayedTo,
          motionDecision: r.onAgenda ? "PLACE_ON_AGENDA" : null,
          kind: r.onAgenda ? "MOTION" : "SUGGESTION",
        },
      });
      if (r.unitId)
        await db.suggestionAssignment.create({
          data: {
            townshipId: w.township.id,
            suggestionId: s.id,
            unitId: r.unitId,
            lead: true,
            assignedOn: new Date(today.getTime() - 100 * DAY_MS),
          },
        });
      await db.suggestionEvent.createMany({
        data: r.events.map((e) => ({
          id: crypto.randomUUID(),
          townshipId: w.township.id,
          suggestionId: s.id,
          type: e.type,
          createdAt: e.at,
          replyClass: e.replyClass,
          rating: e.rating,
          date: e.date,
        })),
      });
    }

    const f = await suggestionFigures(w.sessions.OFFICE.actor, { year });
    const want = expected(rows, year, formatDay(today));
    expect(f).toMatchObject(want.all);
    for (const u of f.units) expect(u, u.name).toMatchObject(want.sum(want.units.get(u.id) ?? []));
    expect(f.units.reduce((n, u) => n + u.total, 0) + f.unassigned).toBe(want.all.total);
    for (const s of f.sessions) expect(s, s.name).toMatchObject(want.sum(want.sessions.get(s.id) ?? []));
    expect(f.sessions.reduce((n, s) => n + s.total, 0)).toBe(want.all.total);
    expect(f.onAgenda).toBe(rows.filter((r) => r.year === year && r.onAgenda).length);
    // Sanity: the data set has something in every column.
    expect(want.all.replied).toBeGreaterThan(5);
    expect(want.all.rehandled).toBeGreaterThan(0);
    expect(want.all.onTime).toBeGreaterThan(0);
    expect(want.all.onTime).toBeLessThan(want.all.replied);
    expect(f.units).toHaveLength(3);
    expect(f.sessions).toHaveLength(3);
  });
});
