// 联系代表 (issue 13, point 8): a unit handling a suggestion records its contact with the deputy — the day
// (not after today, not before the assignment), the way, the deputy's opinion and who made contact; the
// office keys a unit's paper record in for it (代录). Seen by the office, the chair, the units and the
// deputy; on the timeline; audited. `suggestions.contactBeforeReply` (default 0) makes it a prerequisite
// of the reply.
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { clearSettingsCache } from "@/lib/settings";
import { DAY_MS, formatDay, todayInChina } from "@/lib/time/day";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/suggestions/[id]/contacts/route";
import { params, request, townshipWithRoles } from "@/tests/factories";
import {
  api,
  deputyWithLogin,
  errorOf,
  newSuggestion,
  setup,
  step,
  submit,
  suggestionAt,
  unitWithLogin,
  versionOf,
  type World,
} from "./helpers";

const today = todayInChina();
const daysAgo = (n: number) => formatDay(new Date(today.getTime() - n * DAY_MS));
const post = (cookie: string, id: string, body: unknown) =>
  createRoute(request(`/api/v1/suggestions/${id}/contacts`, { method: "POST", cookie, body }), params({ id }));
const list = (cookie: string, id: string) =>
  listRoute(request(`/api/v1/suggestions/${id}/contacts`, { cookie }), params({ id }));
const CALL = { way: "PHONE", opinion: "同意先修便民桥，希望汛期前完工。", contactedBy: "王办事员" };

type Contact = { occurredOn: string; way: string; wayLabel: string; unit: string; onBehalf: string | null };

/** Assigned 10 days ago (the office keyed the assignment in), with the township's second unit as co-unit. */
async function assignedTenDaysAgo(w: World) {
  const co = await unitWithLogin(w.township.id, "农业服务中心");
  const id = await submit(
    w.cookie.OFFICE,
    newSuggestion(w.categoryId, { deputyId: w.deputy.id, raisedOn: daysAgo(20) }),
  );
  await step(w.cookie.OFFICE, id, { action: "register" });
  await step(w.cookie.OFFICE, id, {
    action: "assign",
    leadUnitId: w.unit.id,
    coUnitIds: [co.unit.id],
    occurredOn: daysAgo(10),
  });
  return { id, co };
}

afterEach(async () => {
  await db.setting.deleteMany({ where: { key: "suggestions.contactBeforeReply" } });
  clearSettingsCache();
});

describe("联系代表: who records and who sees", () => {
  it("the lead and the co-unit record; the office keys one in for a unit (代录); others are refused", async () => {
    const w = await setup("联系镇");
    const { id, co } = await assignedTenDaysAgo(w);
    const lead = await post(w.cookie.UNIT, id, { ...CALL, occurredOn: daysAgo(3) });
    expect(lead.status, await lead.clone().text()).toBe(201);
    expect(await lead.json()).toMatchObject({
      occurredOn: daysAgo(3),
      wayLabel: "电话",
      unit: w.unit.name,
      onBehalf: null,
    });
    expect((await post(co.cookie, id, { ...CALL, way: "VISIT" })).status).toBe(201);
    const keyed = await post(w.cookie.OFFICE, id, {
      ...CALL,
      way: "MEETING",
      unitId: co.unit.id,
      occurredOn: daysAgo(8),
    });
    expect(keyed.status, await keyed.clone().text()).toBe(201);
    expect(await keyed.json()).toMatchObject({
      unit: "农业服务中心",
      onBehalf: `代录 · 由 ${w.users.OFFICE.displayName} 录入`,
    });
    // Not the recording roles: 403 by the permission table.
    for (const role of ["CHAIR", "PRESIDIUM", "DEPUTY"] as const)
      expect((await post(w.cookie[role], id, CALL)).status, role).toBe(403);
    // A unit the suggestion is not assigned to does not see it; another township's office does not find it.
    const stranger = await unitWithLogin(w.township.id, "城建办");
    expect((await post(stranger.cookie, id, CALL)).status).toBe(404);
    const away = await townshipWithRoles("别的镇");
    expect((await post(away.sessions.OFFICE.cookie, id, CALL)).status).toBe(404);
    expect((await list(away.sessions.OFFICE.cookie, id)).status).toBe(404);
    // A unit records only its own contacts.
    const other = await post(w.cookie.UNIT, id, { ...CALL, unitId: co.unit.id });
    expect(other.status).toBe(400);
    expect((await errorOf(other)).fields?.unitId).toBe("联系单位：只能记录本单位的联系情况");

    // Seen, by the day it happened, by the office, the chair, the units and the deputy.
    for (const cookie of [w.cookie.OFFICE, w.cookie.CHAIR, w.cookie.UNIT, co.cookie, w.cookie.DEPUTY]) {
      const res = await list(cookie, id);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { items: Contact[]; total: number };
      expect(body.total).toBe(3);
      expect(body.items.map((c) => [c.occurredOn, c.wayLabel, c.unit])).toEqual([
        [daysAgo(8), "座谈", "农业服务中心"],
        [daysAgo(3), "电话", w.unit.name],
        [formatDay(today), "走访", "农业服务中心"],
      ]);
    }
    // The presidium and other deputies do not see the contact records.
    expect((await list(w.cookie.PRESIDIUM, id)).status).toBe(403);
    const another = await deputyWithLogin(w.township.id, w.term.id);
    expect([403, 404]).toContain((await list(another.cookie, id)).status);

    // On the timeline, with the day and the 代录 mark; audited, 代录 with who keyed it for whom.
    const detail = (await (await api.get(w.cookie.DEPUTY, id)).json()) as {
      events: { type: string; occurredOn: string | null; note: string; onBehalf: { of: string | null } | null }[];
    };
    const contacts = detail.events.filter((e) => e.type === "contact");
    expect(contacts.map((e) => [e.occurredOn, e.onBehalf?.of ?? null])).toEqual([
      [daysAgo(3), null],
      [formatDay(today), null],
      [daysAgo(8), "农业服务中心"],
    ]);
    expect(contacts[0].note).toContain("希望汛期前完工");
    const audits = await db.auditLog.findMany({
      where: { recordId: id, action: "suggestion.contact_recorded" },
      orderBy: { id: "asc" },
    });
    expect(audits).toHaveLength(3);
    expect(audits[2].after).toMatchObject({
      way: "MEETING",
      occurredOn: daysAgo(8),
      onBehalf: { mark: "代录", enteredById: w.users.OFFICE.id, onBehalfOf: "农业服务中心" },
    });
  });

  it("the day: not after today, not before the assignment; the fields are named; before the hand-over 409", async () => {
    const w = await setup("日期镇");
    const { id } = await assignedTenDaysAgo(w);
    const future = await post(w.cookie.OFFICE, id, {
      ...CALL,
      occurredOn: formatDay(new Date(today.getTime() + DAY_MS)),
    });
    expect(future.status).toBe(400);
    expect((await errorOf(future)).fields?.occurredOn).toMatch(/^联系日期：不能晚于今天/);
    const early = await post(w.cookie.UNIT, id, { ...CALL, occurredOn: daysAgo(11) });
    expect(early.status).toBe(400);
    expect((await errorOf(early)).fields?.occurredOn).toBe(`联系日期：不能早于交办日期（${daysAgo(10)}）`);
    expect((await post(w.cookie.UNIT, id, { ...CALL, occurredOn: daysAgo(10) })).status).toBe(201);
    const bare = await post(w.cookie.UNIT, id, { way: "FAX", opinion: "", contactedBy: "" });
    expect(bare.status).toBe(400);
    expect(Object.keys((await errorOf(bare)).fields ?? {}).sort()).toEqual(["contactedBy", "opinion", "way"]);
    expect(await db.suggestionContact.count({ where: { suggestionId: id } })).toBe(1);
    // Not yet handed over: nothing to contact about.
    const registered = await suggestionAt(w, "REGISTERED");
    expect((await post(w.cookie.OFFICE, registered, CALL)).status).toBe(409);
  });
});

describe("suggestions.contactBeforeReply", () => {
  it("0 (default): the reply does not wait; 1: the lead unit's reply waits for its own contact record", async () => {
    const w = await setup("答复镇");
    const reply = { action: "reply", replyClass: "A", note: "已安排修缮。" };
    const free = await suggestionAt(w, "ASSIGNED");
    await step(w.cookie.UNIT, free, reply);

    await db.setting.create({ data: { key: "suggestions.contactBeforeReply", value: 1 } });
    clearSettingsCache();
    const co = await unitWithLogin(w.township.id, "交通办");
    const id = await suggestionAt(w, "ASSIGNED", { coUnitIds: [co.unit.id] });
    const steps = async () =>
      (
        (await (await api.get(w.cookie.UNIT, id)).json()) as {
          steps: { name: string; open: boolean; pending?: boolean; reason?: string }[];
        }
      ).steps.find((s) => s.name === "reply");
    expect(await steps()).toMatchObject({
      open: false,
      pending: true,
      reason: expect.stringMatching(/先记录联系代表情况/),
    });
    const refused = await api.transition(w.cookie.UNIT, id, { ...reply, version: await versionOf(id) });
    expect(refused.status).toBe(409);
    expect((await errorOf(refused)).message).toMatch(/答复前须先联系代表/);
    // A co-unit's contact is not the lead unit's.
    expect((await post(co.cookie, id, CALL)).status).toBe(201);
    expect((await steps())?.open).toBe(false);
    expect((await post(w.cookie.UNIT, id, CALL)).status).toBe(201);
    expect((await steps())?.open).toBe(true);
    await step(w.cookie.UNIT, id, reply);
  });
});
