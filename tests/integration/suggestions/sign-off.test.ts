// The chair's 签发 before the units have an assignment (lib/suggestions/handover.ts): required by
// default, a setting; the reply period runs from the day of signing; the deputy is not shown the
// internal steps (签发, whether the result is published) before they concern them.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { clearSettingsCache } from "@/lib/settings";
import { todayInChina } from "@/lib/time/day";
import { api, errorOf, monthsAfter, setup, step, suggestionAt, versionOf, type World } from "./helpers";
import { GET as inboxRoute } from "@/app/api/v1/inbox/route";
import { request } from "@/tests/factories";

const inbox = async (cookie: string) =>
  (await (await inboxRoute(request("/api/v1/inbox", { cookie }))).json()) as { items: { id: string }[] };
const detail = async (cookie: string, id: string) => (await api.get(cookie, id)).json();
const unitNotices = (w: World, id: string) =>
  db.notification.count({ where: { subjectType: "suggestion", subjectId: id, unitId: w.unit.id } });

describe("suggestions: the chair's 签发 before the units have it", () => {
  it("keeps an assignment from the unit until the chair signs; the period runs from the signing", async () => {
    const w = await setup();
    const id = await suggestionAt(w, "ASSIGNED", { unsigned: true });

    // The office and the chair see it waiting; nothing has reached the unit.
    const office = await detail(w.cookie.OFFICE, id);
    expect(office).toMatchObject({ state: "ASSIGNED", awaitingSignOff: true, deadline: null, assignedOn: null });
    expect((await api.list(w.cookie.CHAIR, "?state=ASSIGNED").then((r) => r.json())).items).toEqual([
      expect.objectContaining({ id, awaitingSignOff: true, signedOff: false }),
    ]);
    expect((await api.get(w.cookie.UNIT, id)).status).toBe(404);
    expect((await api.list(w.cookie.UNIT).then((r) => r.json())).total).toBe(0);
    expect((await inbox(w.cookie.UNIT)).items).toEqual([]);
    expect(await unitNotices(w, id)).toBe(0);
    const refused = await api.transition(w.cookie.UNIT, id, {
      action: "reply",
      replyClass: "A",
      note: "已办理。",
      version: await versionOf(id),
    });
    expect(refused.status).toBe(404);
    expect(await db.suggestionEvent.count({ where: { suggestionId: id, type: "reply" } })).toBe(0);

    // The deputy is told of the assignment when it is made: until then it reads 已登记, no units.
    const deputy = await detail(w.cookie.DEPUTY, id);
    expect(deputy).toMatchObject({ state: "REGISTERED", assignments: [], signedOffAt: null, awaitingSignOff: false });
    expect(deputy.events.map((e: { type: string }) => e.type)).toEqual(["submitted", "register"]);

    // 签发: handed over today — deadline three months on, the unit's notice, its inbox.
    const res = await api.signOff(w.cookie.CHAIR, [id]);
    expect(res.status).toBe(200);
    const today = todayInChina();
    expect(await detail(w.cookie.OFFICE, id)).toMatchObject({
      awaitingSignOff: false,
      deadline: monthsAfter(today, 3),
      assignedOn: monthsAfter(today, 0),
    });
    expect((await api.get(w.cookie.UNIT, id)).status).toBe(200);
    expect((await inbox(w.cookie.UNIT)).items.map((i) => i.id)).toEqual([id]);
    expect(await unitNotices(w, id)).toBe(1);
    await step(w.cookie.UNIT, id, { action: "reply", replyClass: "A", note: "已办理。" });

    // The deputy now sees the assignment, but not the chair's internal step.
    const after = await detail(w.cookie.DEPUTY, id);
    expect(after.state).toBe("REPLIED");
    expect(after.events.map((e: { type: string }) => e.type)).toEqual(["submitted", "register", "assign", "reply"]);
    expect(after.signedOffAt).toBeNull();
    expect((await detail(w.cookie.OFFICE, id)).events.map((e: { type: string }) => e.type)).toContain("signed_off");
  });

  it("a returned and re-assigned suggestion waits for a new 签发", async () => {
    const w = await setup();
    const id = await suggestionAt(w, "ASSIGNED");
    await step(w.cookie.UNIT, id, { action: "return", note: "不属于本单位职责" });
    await step(w.cookie.OFFICE, id, { action: "assign", leadUnitId: w.unit.id, coUnitIds: [] });
    expect(await detail(w.cookie.OFFICE, id)).toMatchObject({ awaitingSignOff: true, signedOffAt: null });
    expect((await api.get(w.cookie.UNIT, id)).status).toBe(404);
    expect((await api.signOff(w.cookie.CHAIR, [id])).status).toBe(200);
    expect((await api.get(w.cookie.UNIT, id)).status).toBe(200);
  });

  it("with the setting off, the office's 交办 hands it over at once", async () => {
    const w = await setup();
    await db.setting.create({ data: { key: "suggestions.signOffRequired", value: 0 } });
    clearSettingsCache();
    const id = await suggestionAt(w, "ASSIGNED", { unsigned: true });
    expect(await detail(w.cookie.OFFICE, id)).toMatchObject({
      awaitingSignOff: false,
      signOffRequired: false,
      deadline: monthsAfter(todayInChina(), 3),
    });
    expect((await inbox(w.cookie.UNIT)).items.map((i) => i.id)).toEqual([id]);
    // The chair may still sign it; that records the signature and changes no date.
    expect((await api.signOff(w.cookie.CHAIR, [id])).status).toBe(200);
    expect((await detail(w.cookie.OFFICE, id)).deadline).toBe(monthsAfter(todayInChina(), 3));
  });

  it("two batches racing over the same suggestion: one signs it, the other is refused", async () => {
    const w = await setup();
    const id = await suggestionAt(w, "ASSIGNED", { unsigned: true });
    const [a, b] = await Promise.all([api.signOff(w.cookie.CHAIR, [id]), api.signOff(w.cookie.CHAIR, [id])]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect((await errorOf(a.status === 409 ? a : b)).message).toBe("只能签发已交办且尚未签发的建议");
    expect(await db.suggestionEvent.count({ where: { suggestionId: id, type: "signed_off" } })).toBe(1);
    expect(await unitNotices(w, id)).toBe(1);
  });

  it("a deputy is told whether the result is published only once it is", async () => {
    const w = await setup();
    const id = await suggestionAt(w, "REPLIED");
    expect((await detail(w.cookie.DEPUTY, id)).internalSteps).toBe(false);
    expect((await detail(w.cookie.OFFICE, id)).internalSteps).toBe(true);
  });
});
