import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { scopedDb } from "@/lib/db/township-scope";
import { categories } from "@/lib/suggestions/categories";
import { addDays, formatDay } from "@/lib/time/day";
import { GET as listRoute, POST as addRoute } from "@/app/api/v1/supervision/[id]/opinions/route";
import { DELETE as deleteRoute, PATCH as patchRoute } from "@/app/api/v1/supervision/[id]/opinions/[itemId]/route";
import { POST as sendRoute } from "@/app/api/v1/supervision/[id]/opinions/send/route";
import { POST as findingRoute } from "@/app/api/v1/supervision/[id]/findings/route";
import {
  DELETE as deleteFindingRoute,
  PATCH as patchFindingRoute,
} from "@/app/api/v1/supervision/[id]/findings/[itemId]/route";
import { GET as suggestionsRoute, POST as suggestRoute } from "@/app/api/v1/supervision/[id]/suggestions/route";
import { GET as inboxRoute } from "@/app/api/v1/inbox/route";
import { createUnit, createUser, params, request, signIn, townshipWithRoles } from "@/tests/factories";
import { activityIn, errorOf, ROLES, today } from "./rectification-world";

const url = (id: string, rest = "") => `/api/v1/supervision/${id}${rest}`;
const api = {
  list: (c: string, id: string) => listRoute(request(url(id, "/opinions"), { cookie: c }), params({ id })),
  add: (c: string, id: string, body: unknown) =>
    addRoute(request(url(id, "/opinions"), { method: "POST", cookie: c, body }), params({ id })),
  patch: (c: string, id: string, itemId: string, body: unknown) =>
    patchRoute(request(url(id, `/opinions/${itemId}`), { method: "PATCH", cookie: c, body }), params({ id, itemId })),
  remove: (c: string, id: string, itemId: string) =>
    deleteRoute(request(url(id, `/opinions/${itemId}`), { method: "DELETE", cookie: c }), params({ id, itemId })),
  send: (c: string, id: string, body: unknown = {}) =>
    sendRoute(request(url(id, "/opinions/send"), { method: "POST", cookie: c, body }), params({ id })),
  finding: (c: string, id: string, body: unknown) =>
    findingRoute(request(url(id, "/findings"), { method: "POST", cookie: c, body }), params({ id })),
  patchFinding: (c: string, id: string, itemId: string, body: unknown) =>
    patchFindingRoute(
      request(url(id, `/findings/${itemId}`), { method: "PATCH", cookie: c, body }),
      params({ id, itemId }),
    ),
  deleteFinding: (c: string, id: string, itemId: string) =>
    deleteFindingRoute(
      request(url(id, `/findings/${itemId}`), { method: "DELETE", cookie: c }),
      params({ id, itemId }),
    ),
  suggest: (c: string, id: string, body: unknown) =>
    suggestRoute(request(url(id, "/suggestions"), { method: "POST", cookie: c, body }), params({ id })),
  suggestions: (c: string, id: string) =>
    suggestionsRoute(request(url(id, "/suggestions"), { cookie: c }), params({ id })),
};

async function setup() {
  const t = await townshipWithRoles();
  const cookie = Object.fromEntries(Object.entries(t.sessions).map(([r, s]) => [r, s.cookie])) as Record<
    (typeof ROLES)[number],
    string
  >;
  const other = await createUnit(t.township.id, "计生办");
  const otherCookie = (await signIn(await createUser(t.township.id, "UNIT", { unitId: other.id }))).cookie;
  const activity = await activityIn(t.township.id, t.term.id);
  await db.supervisionParticipant.create({
    data: { townshipId: t.township.id, activityId: activity.id, deputyId: t.deputy.id },
  });
  const target = await db.supervisionTarget.create({
    data: { townshipId: t.township.id, activityId: activity.id, unitId: t.unit.id },
  });
  return { ...t, cookie, other, otherCookie, activity, target };
}

const due = (days: number) => formatDay(addDays(today(), days));

describe("findings and review opinions", () => {
  it("the office records findings and opinions; 送达 makes the tasks; a sent opinion is not changed", async () => {
    const w = await setup();
    const id = w.activity.id;
    const f = await api.finding(w.cookie.OFFICE, id, { text: "低保档案不全", targetId: w.target.id });
    expect(f.status).toBe(201);
    const { id: findingId } = (await f.json()) as { id: string };
    expect(
      (await api.patchFinding(w.cookie.OFFICE, id, findingId, { text: "低保档案不全（12 户）", targetId: w.target.id }))
        .status,
    ).toBe(200);
    const a = await api.add(w.cookie.OFFICE, id, { unitId: w.unit.id, text: "完善低保档案", dueDate: due(30) });
    expect(a.status).toBe(201);
    const { id: opinionId } = (await a.json()) as { id: string };
    const b = await api.add(w.cookie.OFFICE, id, { unitId: w.other.id, text: "加强宣传", dueDate: due(20) });
    const { id: secondId } = (await b.json()) as { id: string };
    expect((await api.patch(w.cookie.OFFICE, id, secondId, { text: "加强政策宣传" })).status).toBe(200);

    // Not yet sent: the unit sees neither the opinion nor a task.
    const before = (await (await api.list(w.cookie.UNIT, id)).json()) as { opinions: unknown[]; findings: unknown[] };
    expect(before.opinions).toEqual([]);
    expect(before.findings).toHaveLength(1);
    expect(await db.rectificationTask.count()).toBe(0);

    const sent = await api.send(w.cookie.OFFICE, id, { occurredOn: formatDay(today()) });
    expect(sent.status).toBe(201);
    const body = (await sent.json()) as { tasks: { unitId: string; number: string; dueDate: string }[] };
    expect(body.tasks.map((t) => [t.unitId, t.dueDate])).toEqual([
      [w.unit.id, due(30)],
      [w.other.id, due(20)],
    ]);
    expect(await db.auditLog.count({ where: { action: "supervision.opinion_sent" } })).toBe(2);
    expect(await db.notification.count({ where: { unitId: w.unit.id } })).toBe(1);

    const seen = (await (await api.list(w.cookie.UNIT, id)).json()) as {
      opinions: { text: string; task: { state: string } }[];
    };
    expect(seen.opinions.map((o) => [o.text, o.task.state])).toEqual([["完善低保档案", "ASSIGNED"]]);
    const inbox = (await (await inboxRoute(request("/api/v1/inbox", { cookie: w.cookie.UNIT }))).json()) as {
      items: { kind: string }[];
    };
    expect(inbox.items.map((i) => i.kind)).toEqual(["rectification"]);

    const edit = await api.patch(w.cookie.OFFICE, id, opinionId, { text: "改" });
    expect(edit.status).toBe(409);
    expect((await errorOf(edit)).message).toBe("审议意见已送达，不能再修改或删除");
    expect((await api.remove(w.cookie.OFFICE, id, opinionId)).status).toBe(409);
    const again = await api.send(w.cookie.OFFICE, id);
    expect(again.status).toBe(409);
    expect((await errorOf(again)).message).toBe("没有尚未送达的审议意见");
    expect((await api.deleteFinding(w.cookie.OFFICE, id, findingId)).status).toBe(204);
  });

  it("bad input: an unknown unit, a past due day, a send day before the activity, a due day not after sending", async () => {
    const w = await setup();
    const id = w.activity.id;
    const noUnit = await api.add(w.cookie.OFFICE, id, {
      unitId: "00000000-0000-4000-8000-000000000000",
      text: "x",
      dueDate: due(5),
    });
    expect((await errorOf(noUnit)).fields?.unitId).toBe("承办单位：请选择在用的承办单位");
    const past = await api.add(w.cookie.OFFICE, id, { unitId: w.unit.id, text: "x", dueDate: due(0) });
    expect((await errorOf(past)).fields?.dueDate).toContain("整改期限：应晚于今天");
    const blank = await api.add(w.cookie.OFFICE, id, { unitId: w.unit.id, text: " ", dueDate: "2026-02-30" });
    expect(blank.status).toBe(400);
    expect(Object.keys((await errorOf(blank)).fields ?? {}).sort()).toEqual(["dueDate", "text"]);
    await api.add(w.cookie.OFFICE, id, { unitId: w.unit.id, text: "完善档案", dueDate: due(3) });
    const early = await api.send(w.cookie.OFFICE, id, { occurredOn: due(-11) });
    expect((await errorOf(early)).fields?.occurredOn).toBe(`送达日期：不能早于活动开始日期（${due(-10)}）`);
    // Sent a week ago (back-entry), the due day three days from now is still after it: fine. A due day
    // before the send day is refused, naming the unit, and no task is made.
    await db.reviewOpinion.updateMany({ data: { dueDate: addDays(today(), -9) } });
    const late = await api.send(w.cookie.OFFICE, id, { occurredOn: due(-8) });
    expect(late.status).toBe(400);
    expect((await errorOf(late)).fields?.opinions).toContain("审议意见（民政办）：整改期限应晚于送达日期");
    expect(await db.rectificationTask.count()).toBe(0);
  });

  it("who may: the office writes; chair and presidium read; a participating deputy reads; others refused", async () => {
    const w = await setup();
    const id = w.activity.id;
    const codes: Record<string, number[]> = {};
    for (const role of ROLES)
      codes[role] = [
        (await api.list(w.cookie[role], id)).status,
        (await api.add(w.cookie[role], id, { unitId: w.unit.id, text: "x", dueDate: due(9) })).status,
        (await api.finding(w.cookie[role], id, { text: "x" })).status,
      ];
    expect(codes).toEqual({
      OFFICE: [200, 201, 201],
      CHAIR: [200, 403, 403],
      PRESIDIUM: [200, 403, 403],
      DEPUTY: [200, 403, 403],
      UNIT: [200, 403, 403],
    });
    // A unit the activity does not concern, another township: 404.
    expect((await api.list(w.otherCookie, id)).status).toBe(404);
    const elsewhere = await townshipWithRoles("别的镇");
    expect((await api.list(elsewhere.sessions.OFFICE.cookie, id)).status).toBe(404);
    expect(
      (await api.add(elsewhere.sessions.OFFICE.cookie, id, { unitId: w.unit.id, text: "x", dueDate: due(9) })).status,
    ).toBe(404);
  });
});

describe("suggestions raised during an activity", () => {
  it("are created from it in one step, linked and counted; a failure leaves neither", async () => {
    const w = await setup();
    const id = w.activity.id;
    const [cat] = await categories(scopedDb(w.township.id), w.township.id);
    const body = {
      title: "农贸市场检测室设备老化",
      content: "建议更新快检设备",
      categoryId: cat.id,
      deputyId: w.deputy.id,
    };
    const res = await api.suggest(w.cookie.OFFICE, id, body);
    expect(res.status).toBe(201);
    const { id: suggestionId } = (await res.json()) as { id: string };
    expect(await db.supervisionSuggestion.findFirst({ where: { suggestionId } })).toMatchObject({ activityId: id });
    await api.suggest(w.cookie.OFFICE, id, { ...body, title: "第二条" });
    const linked = (await (await api.suggestions(w.cookie.CHAIR, id)).json()) as {
      total: number;
      items: { title: string }[];
    };
    expect(linked.total).toBe(2);
    const unit = (await (await api.suggestions(w.cookie.UNIT, id)).json()) as { total: number; items: unknown[] };
    expect(unit).toEqual({ total: 2, items: [] });
    expect(await db.auditLog.count({ where: { action: "supervision.suggestion_created" } })).toBe(2);

    const bad = await api.suggest(w.cookie.OFFICE, id, { ...body, deputyId: undefined });
    expect(bad.status).toBe(400);
    expect(await db.suggestion.count()).toBe(2);
    expect(await db.supervisionSuggestion.count()).toBe(2);
    expect((await api.suggest(w.cookie.DEPUTY, id, body)).status).toBe(403);
  });
});
