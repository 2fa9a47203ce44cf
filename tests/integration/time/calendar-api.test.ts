import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET as yearRoute } from "@/app/api/v1/calendar/route";
import { POST as addRoute } from "@/app/api/v1/calendar/overrides/route";
import { DELETE as removeRoute } from "@/app/api/v1/calendar/overrides/[date]/route";
import { loadWorkingCalendar } from "@/lib/time/calendar";
import { formatDay, parseDay } from "@/lib/time/day";
import { params, request, townshipWithRoles } from "@/tests/factories";

const ROLES = ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const;
const calendar = {
  year: (cookie: string, year: number | string) => yearRoute(request(`/api/v1/calendar?year=${year}`, { cookie })),
  add: (cookie: string, body: unknown) =>
    addRoute(request("/api/v1/calendar/overrides", { method: "POST", cookie, body })),
  remove: (cookie: string, date: string) =>
    removeRoute(request(`/api/v1/calendar/overrides/${date}`, { method: "DELETE", cookie }), params({ date })),
};
const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { code: string; fields?: Record<string, string> } }).error;

async function world(name = "测试镇") {
  const t = await townshipWithRoles(name);
  return { ...t, cookie: Object.fromEntries(ROLES.map((r) => [r, t.sessions[r].cookie])) as Record<string, string> };
}

describe("the official calendar's overrides", () => {
  it("the office adds and removes a day; both audited in the same transaction; the calendar follows at once", async () => {
    const w = await world();
    const cal0 = await loadWorkingCalendar();
    expect(formatDay(cal0.addWorkingDays(parseDay("2099-09-30"), 1))).toBe("2099-10-01");

    const res = await calendar.add(w.cookie.OFFICE, { date: "2099-10-01", kind: "HOLIDAY", note: " 国庆节 " });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ date: "2099-10-01", kind: "HOLIDAY", note: "国庆节" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "calendar.override_added" } });
    expect(audit).toMatchObject({ townshipId: w.township.id, userId: w.users.OFFICE.id, recordId: "2099-10-01" });
    expect(audit.requestId).toBeTruthy(); // the request's context, as on every audit row
    // The next service call sees it (the cache is dropped on edit).
    expect(formatDay((await loadWorkingCalendar()).addWorkingDays(parseDay("2099-09-30"), 1))).toBe("2099-10-02");

    const year = await (await calendar.year(w.cookie.CHAIR, 2099)).json();
    expect(year).toMatchObject({
      year: 2099,
      packageCovers: false,
      overrides: [{ date: "2099-10-01", kind: "HOLIDAY", note: "国庆节" }],
      days: [{ date: "2099-10-01", kind: "HOLIDAY", name: "国庆节", source: "OVERRIDE" }],
    });

    expect((await calendar.remove(w.cookie.OFFICE, "2099-10-01")).status).toBe(204);
    expect(await db.calendarOverride.count()).toBe(0);
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "calendar.override_removed" } })).toMatchObject({
      recordId: "2099-10-01",
      before: { date: "2099-10-01", kind: "HOLIDAY", note: "国庆节" },
    });
    expect(formatDay((await loadWorkingCalendar()).addWorkingDays(parseDay("2099-09-30"), 1))).toBe("2099-10-01");
    expect((await calendar.remove(w.cookie.OFFICE, "2099-10-01")).status).toBe(404);
  });

  it("is one national list: another township's office sees the day and may correct it", async () => {
    const a = await world("甲镇");
    const b = await world("乙镇");
    expect(
      (await calendar.add(a.cookie.OFFICE, { date: "2026-10-10", kind: "HOLIDAY", note: "取消调休" })).status,
    ).toBe(201);
    const year = await (await calendar.year(b.cookie.OFFICE, 2026)).json();
    expect(year.days).toContainEqual({ date: "2026-10-10", kind: "HOLIDAY", name: "取消调休", source: "OVERRIDE" });
    expect(year.days).toContainEqual({ date: "2026-02-14", kind: "WORKDAY", name: "春节", source: "PACKAGE" });
    expect((await calendar.remove(b.cookie.OFFICE, "2026-10-10")).status).toBe(204);
  });

  it("only the office edits; the chair and presidium read; deputies and units neither; refusals audited", async () => {
    const w = await world();
    const body = { date: "2099-05-01", kind: "HOLIDAY", note: "劳动节" };
    for (const role of ["CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"]) {
      expect((await calendar.add(w.cookie[role], body)).status, role).toBe(403);
    }
    expect((await calendar.year(w.cookie.DEPUTY, 2026)).status).toBe(403);
    expect((await calendar.year(w.cookie.UNIT, 2026)).status).toBe(403);
    expect((await calendar.year(w.cookie.PRESIDIUM, 2026)).status).toBe(200);
    await db.calendarOverride.create({ data: { date: parseDay("2099-05-01"), kind: "HOLIDAY", note: "劳动节" } });
    expect((await calendar.remove(w.cookie.DEPUTY, "2099-05-01")).status).toBe(403);
    expect(await db.calendarOverride.count()).toBe(1);
    expect(await db.auditLog.count({ where: { action: "auth.denied" } })).toBe(7);
    expect(await db.auditLog.count({ where: { action: { startsWith: "calendar." } } })).toBe(0);
  });

  it("refuses bad input with the field named, and a day set twice with 409", async () => {
    const w = await world();
    const bad = async (body: unknown) => {
      const res = await calendar.add(w.cookie.OFFICE, body);
      expect(res.status).toBe(400);
      return (await errorOf(res)).fields;
    };
    expect(await bad({ date: "2099-02-30", kind: "HOLIDAY", note: "x" })).toEqual({ date: "日期：不是有效日期" });
    expect(Object.keys((await bad({ date: "2099-02-01", kind: "REST", note: "x" })) ?? {})).toEqual(["kind"]);
    expect(Object.keys((await bad({ date: "2099-02-01", kind: "HOLIDAY", note: "  " })) ?? {})).toEqual(["note"]);
    expect((await calendar.year(w.cookie.OFFICE, "abc")).status).toBe(400);
    expect((await calendar.year(w.cookie.OFFICE, 1999)).status).toBe(400);
    expect((await calendar.remove(w.cookie.OFFICE, "2099-13-01")).status).toBe(400);

    const ok = { date: "2099-01-02", kind: "WORKDAY", note: "调休上班" };
    expect((await calendar.add(w.cookie.OFFICE, ok)).status).toBe(201);
    const again = await calendar.add(w.cookie.OFFICE, { ...ok, kind: "HOLIDAY" });
    expect(again.status).toBe(409);
    expect((await errorOf(again)).fields).toEqual({ date: "日期：该日已有调整，请先删除" });
    expect(await db.auditLog.count({ where: { action: "calendar.override_added" } })).toBe(1);
  });
});
