import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { scopedDb } from "@/lib/db/township-scope";
import { clearSettingsCache } from "@/lib/settings";
import { categories } from "@/lib/suggestions/categories";
import { reminderCounts } from "@/lib/suggestions/reminders";
import { GET as remindersRoute } from "@/app/api/v1/suggestions/reminders/route";
import { request, signIn, townshipWithRoles } from "@/tests/factories";
import { errorOf, setup, unitWithLogin, type World } from "@/tests/integration/suggestions/helpers";
import { DAY_MS } from "@/lib/time/day";

// The reminder list (催办) through its route, as each role calls it. Dates are relative to the real
// "today" in China (the route has no clock parameter), computed here independently of lib/.

function chinaToday(): number {
  const local = new Date(Date.now() + 8 * 3_600_000);
  return Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
}
const offset = (days: number) => new Date(chinaToday() + days * DAY_MS);
const iso = (days: number) => offset(days).toISOString().slice(0, 10);

type Item = {
  id: string;
  number: string;
  title: string;
  state: string;
  leadUnit: { id: string; name: string } | null;
  due: string;
  deadline: string;
  delayed: boolean;
  status: string;
  daysLeft: number;
  daysOverdue: number;
  countdown: string;
};
type List = { items: Item[]; total: number; page: number; pageSize: number; soonDays: number };

const get = (cookie: string | undefined, qs = "") =>
  remindersRoute(request(`/api/v1/suggestions/reminders${qs}`, { cookie }));
async function list(cookie: string, qs = ""): Promise<List> {
  const res = await get(cookie, qs);
  expect(res.status, JSON.stringify(await res.clone().json())).toBe(200);
  return (await res.json()) as List;
}
const numbers = (l: List) => l.items.map((i) => i.number);

let seq = 0;
async function handled(
  townshipId: string,
  unitId: string,
  opts: { deadline: number; delayedTo?: number; state?: "ASSIGNED" | "REHANDLING" | "REPLIED" | "CLOSED" },
) {
  const [category] = await categories(scopedDb(townshipId), townshipId);
  const n = ++seq;
  return db.suggestion.create({
    data: {
      townshipId,
      title: `建议${n}`,
      content: "内容",
      categoryId: category.id,
      state: opts.state ?? "ASSIGNED",
      year: 2026,
      number: `2026-${String(n).padStart(3, "0")}`,
      leadUnitId: unitId,
      assignedOn: offset(opts.deadline - 90),
      deadline: offset(opts.deadline),
      delayedTo: opts.delayedTo === undefined ? null : offset(opts.delayedTo),
    },
  });
}

/**
 * 测试镇 with two units (民政办 = the role unit, 财政所 = another with its own login) and 邻镇 with its
 * own office and one overdue suggestion. Numbers name the cases:
 *   A1 民政办 deadline −3 (overdue 3)          A2 deadline today (due today)
 *   A3 deadline +14 (last day of the window)   A4 deadline +15 (not listed)
 *   A5 deadline −10, delayed to +5 (due soon, not overdue)
 *   A6 re-handling, deadline −40, delayed to −1 (overdue 1)
 *   A7 deadline +2, delayed to +30 (not listed: the delay counts)
 *   A8 replied, deadline −5 (not listed: not being handled)
 *   B1 财政所 deadline −7 (overdue 7)
 */
async function world() {
  seq = 0;
  const w = await setup();
  const other = await unitWithLogin(w.township.id, "财政所");
  const t = w.township.id;
  const A = w.unit.id;
  const cases = {
    A1: await handled(t, A, { deadline: -3 }),
    A2: await handled(t, A, { deadline: 0 }),
    A3: await handled(t, A, { deadline: 14 }),
    A4: await handled(t, A, { deadline: 15 }),
    A5: await handled(t, A, { deadline: -10, delayedTo: 5 }),
    A6: await handled(t, A, { deadline: -40, delayedTo: -1, state: "REHANDLING" }),
    A7: await handled(t, A, { deadline: 2, delayedTo: 30 }),
    A8: await handled(t, A, { deadline: -5, state: "REPLIED" }),
    B1: await handled(t, other.unit.id, { deadline: -7 }),
  };
  const neighbour = await townshipWithRoles("邻镇");
  const N1 = await handled(neighbour.township.id, neighbour.unit.id, { deadline: -2 });
  return { w, other, cases, neighbour, N1 };
}

describe("GET /api/v1/suggestions/reminders", () => {
  let x: Awaited<ReturnType<typeof world>>;
  let w: World;
  const num = (k: keyof typeof x.cases) => x.cases[k].number!;
  beforeEach(async () => {
    x = await world();
    w = x.w;
  });

  it("gives the office the township's overdue and due-soon suggestions, most overdue first, against the delay date", async () => {
    const l = await list(w.cookie.OFFICE);
    expect(numbers(l)).toEqual([num("B1"), num("A1"), num("A6"), num("A2"), num("A5"), num("A3")]);
    expect(l).toMatchObject({ total: 6, page: 1, pageSize: 20, soonDays: 14 });
    const by = Object.fromEntries(l.items.map((i) => [i.number, i]));
    expect(by[num("B1")]).toMatchObject({
      status: "OVERDUE",
      daysOverdue: 7,
      daysLeft: 0,
      countdown: "逾期 7 天",
      due: iso(-7),
      delayed: false,
      leadUnit: { name: "财政所" },
      state: "ASSIGNED",
    });
    expect(by[num("A6")]).toMatchObject({
      status: "OVERDUE",
      daysOverdue: 1,
      countdown: "逾期 1 天",
      due: iso(-1),
      deadline: iso(-40),
      delayed: true,
      state: "REHANDLING",
    });
    expect(by[num("A2")]).toMatchObject({ status: "DUE_SOON", daysLeft: 0, countdown: "今天到期", due: iso(0) });
    expect(by[num("A5")]).toMatchObject({
      status: "DUE_SOON",
      daysLeft: 5,
      daysOverdue: 0,
      countdown: "还剩 5 天",
      due: iso(5),
      deadline: iso(-10),
      delayed: true,
      leadUnit: { name: "民政办" },
    });
    expect(by[num("A3")]).toMatchObject({ status: "DUE_SOON", daysLeft: 14, countdown: "还剩 14 天", due: iso(14) });
  });

  it("filters overdue, due soon and one unit", async () => {
    expect(numbers(await list(w.cookie.OFFICE, "?status=overdue"))).toEqual([num("B1"), num("A1"), num("A6")]);
    expect(numbers(await list(w.cookie.OFFICE, "?status=due_soon"))).toEqual([num("A2"), num("A5"), num("A3")]);
    expect(numbers(await list(w.cookie.OFFICE, `?unitId=${x.other.unit.id}`))).toEqual([num("B1")]);
    expect(numbers(await list(w.cookie.OFFICE, `?status=due_soon&unitId=${w.unit.id}`))).toEqual([
      num("A2"),
      num("A5"),
      num("A3"),
    ]);
    expect(numbers(await list(w.cookie.OFFICE, `?status=overdue&unitId=${x.other.unit.id}`))).toEqual([num("B1")]);
  });

  it("pages on the server", async () => {
    const p2 = await list(w.cookie.OFFICE, "?page=2&pageSize=2");
    expect(numbers(p2)).toEqual([num("A6"), num("A2")]);
    expect(p2).toMatchObject({ total: 6, page: 2, pageSize: 2 });
    const past = await list(w.cookie.OFFICE, "?page=5&pageSize=2");
    expect(past).toMatchObject({ items: [], total: 6 });
  });

  it("gives the chair and the presidium the township's list too", async () => {
    const office = numbers(await list(w.cookie.OFFICE));
    expect(numbers(await list(w.cookie.CHAIR))).toEqual(office);
    expect(numbers(await list(w.cookie.PRESIDIUM))).toEqual(office);
  });

  it("gives a unit only what it leads, whatever unitId it asks for", async () => {
    expect(numbers(await list(w.cookie.UNIT))).toEqual([num("A1"), num("A6"), num("A2"), num("A5"), num("A3")]);
    expect(numbers(await list(w.cookie.UNIT, "?status=overdue"))).toEqual([num("A1"), num("A6")]);
    expect(numbers(await list(x.other.cookie))).toEqual([num("B1")]);
    // Asking for another unit's list gives nothing, not that unit's suggestions.
    expect(await list(w.cookie.UNIT, `?unitId=${x.other.unit.id}`)).toMatchObject({ items: [], total: 0 });
    expect(numbers(await list(w.cookie.UNIT, `?unitId=${w.unit.id}`))).toEqual([
      num("A1"),
      num("A6"),
      num("A2"),
      num("A5"),
      num("A3"),
    ]);
  });

  it("refuses deputies (403) and the signed-out (401)", async () => {
    const deputy = await get(w.cookie.DEPUTY);
    expect(deputy.status).toBe(403);
    expect((await errorOf(deputy)).code).toBe("FORBIDDEN");
    expect((await get(undefined)).status).toBe(401);
  });

  it("keeps another township's office to its own township, even when it names this township's unit", async () => {
    const cookie = x.neighbour.sessions.OFFICE.cookie;
    expect(numbers(await list(cookie))).toEqual([x.N1.number]);
    expect(await list(cookie, `?unitId=${w.unit.id}`)).toMatchObject({ items: [], total: 0 });
    // …and this township's office does not see the neighbour's.
    expect(numbers(await list(w.cookie.OFFICE))).not.toContain(x.N1.number);
  });

  it("answers a bad filter with 400 and a message naming the field", async () => {
    const bad = await get(w.cookie.OFFICE, "?status=late");
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).fields?.status).toMatch(/^状态：/);
    const unit = await get(w.cookie.OFFICE, "?unitId=abc");
    expect(unit.status).toBe(400);
    expect((await errorOf(unit)).fields?.unitId).toMatch(/^承办单位：/);
    expect((await get(w.cookie.OFFICE, "?pageSize=500")).status).toBe(400);
  });

  it("follows the setting suggestions.dueSoonDays", async () => {
    await db.setting.create({ data: { key: "suggestions.dueSoonDays", value: 5 } });
    clearSettingsCache();
    const l = await list(w.cookie.OFFICE, "?status=due_soon");
    expect(numbers(l)).toEqual([num("A2"), num("A5")]);
    expect(l.soonDays).toBe(5);
    expect(await reminderCounts(w.sessions.OFFICE.actor)).toEqual({ overdue: 3, dueSoon: 2, soonDays: 5 });
  });

  it("counts for the landing pages agree with the lists", async () => {
    expect(await reminderCounts(w.sessions.OFFICE.actor)).toEqual({ overdue: 3, dueSoon: 3, soonDays: 14 });
    expect(await reminderCounts(w.sessions.UNIT.actor)).toEqual({ overdue: 2, dueSoon: 3, soonDays: 14 });
    expect(await reminderCounts((await signIn(x.other.user)).actor)).toEqual({ overdue: 1, dueSoon: 0, soonDays: 14 });
    expect(await reminderCounts(x.neighbour.sessions.OFFICE.actor)).toEqual({ overdue: 1, dueSoon: 0, soonDays: 14 });
    await expect(reminderCounts(w.sessions.DEPUTY.actor)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
