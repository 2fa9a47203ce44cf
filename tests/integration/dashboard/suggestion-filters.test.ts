// The suggestion list's filters behind the dashboard's charts (counted, leadUnitId, replyClass): each chart
// element's list holds exactly the suggestions the figure counts — checked against suggestionFigures on a
// scenario taken through the API.
import { describe, expect, it } from "vitest";
import { todayInChina } from "@/lib/time/day";
import { db } from "@/lib/db";
import { suggestionFigures } from "@/lib/suggestions/figures";
import { api, errorOf, rate, setup, step, suggestionAt, unitWithLogin } from "../suggestions/helpers";

type Listed = { total: number; items: { id: string }[] };
const list = async (cookie: string, qs: string) => {
  const res = await api.list(cookie, qs);
  expect(res.status, JSON.stringify(await res.clone().json())).toBe(200);
  return (await res.json()) as Listed;
};
const ids = (l: Listed) => l.items.map((i) => i.id).sort();

/**
 *   s1 lead 民政办, co 财政所: reply A                          → REPLIED, class A
 *   s2 lead 财政所: reply B → 不满意 (re-handled) → reply C     → REPLIED, latest class C
 *   s3 registered, not assigned
 *   out of the figures: a withdrawn one; last year's (reply B)
 */
async function scenario() {
  const w = await setup("筛选镇");
  const year = todayInChina().getUTCFullYear();
  const u2 = await unitWithLogin(w.township.id, "财政所");
  const s1 = await suggestionAt(w, "ASSIGNED", { coUnitIds: [u2.unit.id] });
  await step(w.cookie.UNIT, s1, { action: "reply", replyClass: "A", note: "已解决" });
  const s2 = await suggestionAt(w, "ASSIGNED", { leadUnitId: u2.unit.id });
  await step(u2.cookie, s2, { action: "reply", replyClass: "B", note: "列入计划" });
  await rate(w.cookie.DEPUTY, s2, { rating: "UNSATISFIED", comment: "请尽快解决" });
  await step(u2.cookie, s2, { action: "reply", replyClass: "C", note: "条件限制" });
  const s3 = await suggestionAt(w, "REGISTERED");
  const withdrawn = await suggestionAt(w, "SUBMITTED");
  await step(w.cookie.OFFICE, withdrawn, { action: "withdraw" });
  const old = await suggestionAt(w, "ASSIGNED");
  await step(w.cookie.UNIT, old, { action: "reply", replyClass: "B", note: "列入计划" });
  await db.suggestion.update({ where: { id: old }, data: { year: year - 1 } });
  return { w, year, u2, s1, s2, s3, withdrawn, old };
}

describe("the suggestion list's dashboard filters", () => {
  it("open exactly what the figures count: by state, by the latest reply's class and by lead unit", async () => {
    const { w, year, u2, s1, s2, s3, withdrawn } = await scenario();
    const cookie = w.cookie.OFFICE;
    const f = await suggestionFigures(w.sessions.OFFICE.actor, { year });
    expect(f.total).toBe(3);

    const counted = await list(cookie, `?year=${year}&counted=true`);
    expect(ids(counted)).toEqual([s1, s2, s3].sort());
    expect(ids(await list(cookie, `?year=${year}`))).toContain(withdrawn);

    for (const [state, n] of Object.entries(f.byState))
      expect((await list(cookie, `?year=${year}&counted=true&state=${state}`)).total, state).toBe(n);

    expect(f.byClass).toEqual({ A: 1, B: 0, C: 1 });
    expect(ids(await list(cookie, `?year=${year}&counted=true&replyClass=A`))).toEqual([s1]);
    // s2's first reply was B; its latest is C: it counts as C only.
    expect(ids(await list(cookie, `?year=${year}&counted=true&replyClass=C`))).toEqual([s2]);
    expect((await list(cookie, `?year=${year}&counted=true&replyClass=B`)).total).toBe(0);
    // Without the year, last year's B is found too.
    expect((await list(cookie, `?replyClass=B`)).total).toBe(1);

    for (const u of f.units)
      expect((await list(cookie, `?year=${year}&counted=true&leadUnitId=${u.id}`)).total, u.name).toBe(u.total);
    expect(ids(await list(cookie, `?year=${year}&leadUnitId=${u2.unit.id}`))).toEqual([s2]);
    // unitId also finds what the unit takes part in as a co-unit.
    expect(ids(await list(cookie, `?year=${year}&unitId=${u2.unit.id}`))).toEqual([s1, s2].sort());
  });

  it("refuses a bad class or unit with a message naming the field, and stays within the actor's township", async () => {
    const { w, year, s1 } = await scenario();
    const bad = await api.list(w.cookie.OFFICE, "?replyClass=D");
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toContain("答复类别");
    const badUnit = await api.list(w.cookie.OFFICE, "?leadUnitId=abc");
    expect(badUnit.status).toBe(400);
    expect(JSON.stringify(await errorOf(badUnit))).toContain("主办单位");
    const other = await setup("别的筛选镇");
    expect((await list(other.cookie.OFFICE, `?year=${year}&counted=true&replyClass=A`)).total).toBe(0);
    // A unit sees only what it was handed, whatever the filter.
    expect(ids(await list(w.cookie.UNIT, `?year=${year}&replyClass=A`))).toEqual([s1]);
  });
});
