import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET as getTemplateRoute, PUT as putTemplateRoute } from "@/app/api/v1/checklist-template/route";
import { POST as createSessionRoute } from "@/app/api/v1/sessions/route";
import { GET as getSessionRoute } from "@/app/api/v1/sessions/[id]/route";
import { DEFAULT_CHECKLIST } from "@/lib/sessions/checklist";
import { params, request, townshipWithRoles } from "@/tests/factories";

const api = {
  get: (cookie: string) => getTemplateRoute(request("/api/v1/checklist-template", { cookie })),
  put: (cookie: string, body: unknown) =>
    putTemplateRoute(request("/api/v1/checklist-template", { method: "PUT", cookie, body })),
  createSession: (cookie: string, body: unknown) =>
    createSessionRoute(request("/api/v1/sessions", { method: "POST", cookie, body })),
  session: (cookie: string, id: string) =>
    getSessionRoute(request(`/api/v1/sessions/${id}`, { cookie }), params({ id })),
};

const TEMPLATE = [
  { title: "发出会议通知", owner: "人大办", offsetDays: -30 },
  { title: "  审核预算报告  ", owner: "", offsetDays: -1 },
  { title: "会议当天布置会场", owner: "办公室", offsetDays: 0 },
  { title: "材料立卷归档", owner: null, offsetDays: 10 },
];
const SAVED = [
  { title: "发出会议通知", owner: "人大办", offsetDays: -30 },
  { title: "审核预算报告", owner: null, offsetDays: -1 },
  { title: "会议当天布置会场", owner: "办公室", offsetDays: 0 },
  { title: "材料立卷归档", owner: null, offsetDays: 10 },
];

describe("checklist template", () => {
  it("PUT replaces the template in the given order, audited; GET returns it", async () => {
    const t = await townshipWithRoles();
    const office = t.sessions.OFFICE.cookie;
    expect((await (await api.get(office)).json()).items).toEqual(DEFAULT_CHECKLIST);

    const res = await api.put(office, { items: TEMPLATE });
    expect(res.status).toBe(200);
    expect((await res.json()).items).toEqual(SAVED);
    expect((await (await api.get(office)).json()).items).toEqual(SAVED);

    // A second PUT replaces, it does not append: reordered and shortened.
    const reordered = [SAVED[2], SAVED[0]];
    expect((await api.put(office, { items: reordered })).status).toBe(200);
    expect((await (await api.get(office)).json()).items).toEqual(reordered);
    expect(await db.checklistTemplateItem.count({ where: { townshipId: t.township.id } })).toBe(2);
    const audits = await db.auditLog.findMany({
      where: { action: "session.template_updated", townshipId: t.township.id },
      orderBy: { createdAt: "asc" },
    });
    expect(audits).toHaveLength(2);
    expect(audits[1]).toMatchObject({ before: SAVED, after: reordered });
  });

  it("a session created afterwards gets the template: due date = opening day + offset", async () => {
    const t = await townshipWithRoles();
    const office = t.sessions.OFFICE.cookie;
    expect((await api.put(office, { items: TEMPLATE })).status).toBe(200);
    const created = await api.createSession(office, {
      startDate: "2026-12-10",
      endDate: "2026-12-11",
      venue: "镇政府三楼会议室",
    });
    expect(created.status).toBe(201);
    const { id } = await created.json();
    const session = await (await api.session(office, id)).json();
    expect(
      session.checklist.map(
        (c: { title: string; owner: string | null; dueDate: string; position: number; done: boolean }) => ({
          title: c.title,
          owner: c.owner,
          dueDate: c.dueDate,
          position: c.position,
          done: c.done,
        }),
      ),
    ).toEqual([
      { title: "发出会议通知", owner: "人大办", dueDate: "2026-11-10", position: 1, done: false },
      { title: "审核预算报告", owner: null, dueDate: "2026-12-09", position: 2, done: false },
      { title: "会议当天布置会场", owner: "办公室", dueDate: "2026-12-10", position: 3, done: false },
      { title: "材料立卷归档", owner: null, dueDate: "2026-12-20", position: 4, done: false },
    ]);
  });

  it("refuses invalid rows with field messages and changes nothing", async () => {
    const t = await townshipWithRoles();
    const office = t.sessions.OFFICE.cookie;
    await api.put(office, { items: TEMPLATE });
    const res = await api.put(office, {
      items: [
        { title: "", owner: "人大办", offsetDays: -3 },
        { title: "发通知", owner: null, offsetDays: 1.5 },
        { title: "太早", offsetDays: -400 },
      ],
    });
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe("VALIDATION");
    expect(Object.keys(error.fields)).toEqual(
      expect.arrayContaining(["items.0.title", "items.1.offsetDays", "items.2.offsetDays"]),
    );
    expect((await (await api.get(office)).json()).items).toEqual(SAVED);
  });

  it("only the office reads or changes it (403 for the other roles); each township keeps its own", async () => {
    const t = await townshipWithRoles();
    for (const role of ["CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const) {
      expect((await api.put(t.sessions[role].cookie, { items: TEMPLATE })).status, role).toBe(403);
      expect((await api.get(t.sessions[role].cookie)).status, role).toBe(403);
    }
    expect(await db.checklistTemplateItem.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: "session.template_updated" } })).toBe(0);

    const other = await townshipWithRoles("另一镇");
    expect((await api.put(other.sessions.OFFICE.cookie, { items: [SAVED[0]] })).status).toBe(200);
    expect((await (await api.get(t.sessions.OFFICE.cookie)).json()).items).toEqual(DEFAULT_CHECKLIST);
    expect((await (await api.get(other.sessions.OFFICE.cookie)).json()).items).toEqual([SAVED[0]]);
  });
});
