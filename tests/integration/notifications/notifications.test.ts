import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { scopedDb } from "@/lib/db/township-scope";
import { clearSettingsCache } from "@/lib/settings";
import { notify, notifyOnce } from "@/lib/notifications/writer";
import { listNotifications, markRead } from "@/lib/notifications/reader";
import { markFailed, markSent, pendingMessages } from "@/lib/notifications/outbox";
import type { Notice } from "@/lib/notifications/types";
import { request, townshipWithRoles } from "@/tests/factories";
import { GET, POST } from "@/app/api/v1/notifications/route";

// The kernel's notices: keyed by subject (any domain's type + id) and link, to a user, a unit or a
// deputy; read only in the recipient's township; SMS / WeChat through the outbox when switched on.

const subject = { type: "petition", id: "6f1c2a52-0d4e-4c55-9d0f-2a5b8f1e0c11" };
const notice = (townshipId: string, recipient: Notice["recipient"], message: string): Notice => ({
  townshipId,
  recipient,
  subject,
  link: `/petitions/${subject.id}`,
  message,
});

describe("the notification writer and reader", () => {
  it("writes notices about any subject and shows each recipient their own, newest first", async () => {
    const t = await townshipWithRoles();
    await notify(db, [
      notice(t.township.id, { unitId: t.unit.id }, "新交办信访事项"),
      notice(t.township.id, { deputyId: t.deputy.id }, "您反映的问题已交办"),
      notice(t.township.id, { userId: t.users.OFFICE.id }, "有一件信访事项逾期"),
    ]);
    const unit = await listNotifications(t.sessions.UNIT.actor);
    expect(unit).toMatchObject({
      unread: 1,
      items: [{ message: "新交办信访事项", subject, link: `/petitions/${subject.id}`, read: false }],
    });
    expect((await listNotifications(t.sessions.DEPUTY.actor)).items.map((n) => n.message)).toEqual([
      "您反映的问题已交办",
    ]);
    expect((await listNotifications(t.sessions.OFFICE.actor)).items.map((n) => n.message)).toEqual([
      "有一件信访事项逾期",
    ]);
    expect((await listNotifications(t.sessions.CHAIR.actor)).items).toEqual([]);
    expect(await db.notification.count({ where: { subjectType: "petition", subjectId: subject.id } })).toBe(3);
  });

  it("writes through a township-scoped transaction", async () => {
    const t = await townshipWithRoles();
    await scopedDb(t.township.id).$transaction((tx) =>
      notify(tx, [notice(t.township.id, { unitId: t.unit.id }, "事务内的通知")]),
    );
    expect((await listNotifications(t.sessions.UNIT.actor)).items.map((n) => n.message)).toEqual(["事务内的通知"]);
  });

  it("keeps townships apart: another township's unit user neither sees nor marks a notice", async () => {
    const a = await townshipWithRoles("甲镇");
    const b = await townshipWithRoles("乙镇");
    await notify(db, [notice(a.township.id, { unitId: a.unit.id }, "甲镇的通知")]);
    // Even a notice naming b's unit but written for township a stays in a.
    await notify(db, [notice(a.township.id, { unitId: b.unit.id }, "错写的通知")]);
    expect((await listNotifications(b.sessions.UNIT.actor)).items).toEqual([]);
    expect(await markRead(b.sessions.UNIT.actor)).toEqual({ updated: 0 });
    expect((await listNotifications(a.sessions.UNIT.actor)).unread).toBe(1);
  });

  it("marks one notice read, then all of them, through the route", async () => {
    const t = await townshipWithRoles();
    await notify(db, [
      notice(t.township.id, { unitId: t.unit.id }, "第一条"),
      notice(t.township.id, { unitId: t.unit.id }, "第二条"),
    ]);
    const cookie = t.sessions.UNIT.cookie;
    const list = await (await GET(request("/api/v1/notifications", { cookie }))).json();
    expect(list.unread).toBe(2);
    const first = list.items.find((n: { message: string }) => n.message === "第一条");
    const one = await POST(request(`/api/v1/notifications?id=${first.id}`, { method: "POST", cookie }));
    expect(await one.json()).toEqual({ updated: 1 });
    expect((await listNotifications(t.sessions.UNIT.actor)).items.filter((n) => n.read).map((n) => n.id)).toEqual([
      first.id,
    ]);
    // Another user cannot mark it: nothing of theirs matches.
    expect(await markRead(t.sessions.DEPUTY.actor, first.id)).toEqual({ updated: 0 });
    const bad = await POST(request("/api/v1/notifications?id=abc", { method: "POST", cookie }));
    expect(bad.status).toBe(400);
    const all = await POST(request("/api/v1/notifications", { method: "POST", cookie }));
    expect(await all.json()).toEqual({ updated: 1 });
    expect((await listNotifications(t.sessions.UNIT.actor)).unread).toBe(0);
  });

  it("writes a notice only once through notifyOnce (same subject, recipient and text)", async () => {
    const t = await townshipWithRoles();
    const n = notice(t.township.id, { unitId: t.unit.id }, "即将到期");
    expect(await notifyOnce([n, n])).toBe(1);
    expect(await notifyOnce([n, notice(t.township.id, { deputyId: t.deputy.id }, "即将到期")])).toBe(1);
    // The same id under another subject type is another notice; so is one about no subject.
    const general = { townshipId: t.township.id, recipient: { unitId: t.unit.id }, message: "即将到期" };
    const other = { ...n, subject: { type: "task", id: subject.id } };
    expect(await notifyOnce([other, general])).toBe(2);
    expect(await notifyOnce([other, general, n])).toBe(0);
    expect(await db.notification.count()).toBe(4);
  });
});

describe("the outbox channel", () => {
  async function withPhones() {
    const t = await townshipWithRoles();
    await db.deputy.update({ where: { id: t.deputy.id }, data: { phone: "13800000001" } });
    await db.handlingUnit.update({ where: { id: t.unit.id }, data: { contactPhone: "0571-8888" } });
    return t;
  }
  const send = (t: Awaited<ReturnType<typeof withPhones>>) =>
    notify(db, [
      notice(t.township.id, { deputyId: t.deputy.id }, "给代表"),
      notice(t.township.id, { unitId: t.unit.id }, "给单位"),
      notice(t.township.id, { userId: t.users.OFFICE.id }, "给办公室"),
    ]);

  it("writes no outgoing message while SMS and WeChat are off (the default)", async () => {
    const t = await withPhones();
    await send(t);
    expect(await db.notification.count()).toBe(3);
    expect(await db.outgoingMessage.count()).toBe(0);
  });

  it("writes one PENDING SMS per recipient with a number when SMS is on, and the gateway marks them", async () => {
    const t = await withPhones();
    await db.setting.create({ data: { key: "notifications.smsEnabled", value: 1 } });
    clearSettingsCache();
    await send(t);
    const pending = await pendingMessages("SMS");
    expect(pending.map((m) => [m.channel, m.recipient, m.text, m.status, m.subjectType]).sort()).toEqual([
      ["SMS", "0571-8888", "给单位", "PENDING", "petition"],
      ["SMS", "13800000001", "给代表", "PENDING", "petition"],
    ]);
    expect(pending.every((m) => m.townshipId === t.township.id)).toBe(true);
    expect(await pendingMessages("WECHAT")).toEqual([]);
    await markSent(pending[0].id);
    await markFailed(pending[1].id, "网关超时");
    expect(await pendingMessages("SMS")).toMatchObject([{ id: pending[1].id, attempts: 1, error: "网关超时" }]);
    await markFailed(pending[1].id, "号码无效", true);
    expect(await db.outgoingMessage.findMany({ orderBy: { status: "asc" }, select: { status: true } })).toEqual([
      { status: "SENT" },
      { status: "FAILED" },
    ]);
  });

  it("writes WeChat messages when WeChat is on", async () => {
    const t = await withPhones();
    await db.setting.create({ data: { key: "notifications.wechatEnabled", value: 1 } });
    clearSettingsCache();
    await send(t);
    expect((await db.outgoingMessage.findMany()).map((m) => m.channel)).toEqual(["WECHAT", "WECHAT"]);
  });
});
