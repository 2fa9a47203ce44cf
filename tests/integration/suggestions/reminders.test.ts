import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { scopedDb } from "@/lib/db/township-scope";
import { categories } from "@/lib/suggestions/categories";
import { runReminders } from "@/lib/suggestions/reminders";
import { listNotifications, markRead } from "@/lib/notifications/reader";
import { GET as notificationsRoute } from "@/app/api/v1/notifications/route";
import { request, townshipWithRoles } from "@/tests/factories";

const day = (t: string) => new Date(`${t}T00:00:00Z`);

async function assigned(
  townshipId: string,
  unitId: string,
  title: string,
  deadline: string,
  state: "ASSIGNED" | "REPLIED" = "ASSIGNED",
) {
  const [category] = await categories(scopedDb(townshipId), townshipId);
  return db.suggestion.create({
    data: {
      townshipId,
      title,
      content: "内容",
      categoryId: category.id,
      state,
      year: 2026,
      leadUnitId: unitId,
      assignedOn: day("2026-08-01"),
      deadline: day(deadline),
    },
  });
}

describe("daily suggestion reminders", () => {
  it("notifies the lead unit of overdue and due-soon suggestions once, and not of others", async () => {
    const t = await townshipWithRoles();
    await assigned(t.township.id, t.unit.id, "逾期的建议", "2026-11-01");
    await assigned(t.township.id, t.unit.id, "快到期的建议", "2026-11-30");
    await assigned(t.township.id, t.unit.id, "还早的建议", "2027-02-01");
    await assigned(t.township.id, t.unit.id, "已答复的建议", "2026-11-01", "REPLIED");
    const now = new Date("2026-11-23T02:00:00Z");
    expect(await runReminders(now)).toBe(2);
    expect(await runReminders(now)).toBe(0);
    const notes = await db.notification.findMany({ where: { unitId: t.unit.id }, orderBy: { message: "asc" } });
    expect(notes.map((n) => n.message)).toEqual([
      "建议“快到期的建议”将于 2026-11-30 到期，请按时答复",
      "建议“逾期的建议”已超过办理期限（2026-11-01），请尽快答复",
    ]);
  });

  it("shows a unit user their unit's notices and marks them read; the office has none", async () => {
    const t = await townshipWithRoles();
    await assigned(t.township.id, t.unit.id, "逾期的建议", "2026-11-01");
    await runReminders(new Date("2026-11-23T02:00:00Z"));
    const res = await notificationsRoute(request("/api/v1/notifications", { cookie: t.sessions.UNIT.cookie }));
    expect(res.status).toBe(200);
    expect((await res.json()).unread).toBe(1);
    expect((await listNotifications(t.sessions.OFFICE.actor)).items).toEqual([]);
    expect(await markRead(t.sessions.UNIT.actor)).toEqual({ updated: 1 });
    expect((await listNotifications(t.sessions.UNIT.actor)).unread).toBe(0);
  });
});
