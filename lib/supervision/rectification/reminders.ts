// The daily job (lib/jobs): every task whose report is still owed and overdue is flagged once on its
// timeline (an `overdue` event for its due day), and its unit gets one notice per status and due
// day — overdue, or due within the due-soon window — never a second identical one. All townships.
import { db } from "@/lib/db";
import { registerDailyJob } from "@/lib/jobs/registry";
import { notifyOnce } from "@/lib/notifications/writer";
import type { Notice } from "@/lib/notifications/types";
import { getSettings } from "@/lib/settings";
import { addDays, formatDay, todayInChina } from "@/lib/time/day";
import { dueStatus } from "@/lib/time/due";
import { OPEN_STATES } from "@/lib/supervision/rectification/rules";
// The tasks' source of the inbox and the reminder lists.
import "@/lib/supervision/rectification/inbox";

export async function runRectificationReminders(now = new Date()): Promise<{ flagged: number; notices: number }> {
  const today = todayInChina(now);
  const soonDays = (await getSettings())["suggestions.dueSoonDays"];
  const tasks = await db.rectificationTask.findMany({
    where: { state: { in: [...OPEN_STATES] }, dueDate: { lte: addDays(today, soonDays) } },
    select: {
      id: true,
      townshipId: true,
      unitId: true,
      number: true,
      dueDate: true,
      activity: { select: { title: true } },
    },
  });
  const notices: Notice[] = [];
  const overdue: typeof tasks = [];
  for (const t of tasks) {
    const status = dueStatus(t.dueDate, today, soonDays);
    if (status === "ON_TRACK") continue;
    if (status === "OVERDUE") overdue.push(t);
    const due = formatDay(t.dueDate);
    notices.push({
      townshipId: t.townshipId,
      recipient: { unitId: t.unitId },
      subject: { type: "rectification", id: t.id },
      link: `/rectifications/${t.id}`,
      message: (status === "OVERDUE"
        ? `整改任务 ${t.number ?? ""}（${t.activity.title}）已超过整改期限（${due}），请尽快报送整改报告`
        : `整改任务 ${t.number ?? ""}（${t.activity.title}）将于 ${due} 到期，请按时报送整改报告`
      ).slice(0, 300),
    });
  }
  // Flag each overdue task once per due day: a `overdue` event whose note names the due day.
  const flaggedBefore = new Set(
    (
      await db.rectificationEvent.findMany({
        where: { type: "overdue", taskId: { in: overdue.map((t) => t.id) } },
        select: { taskId: true, note: true },
      })
    ).map((e) => `${e.taskId}|${e.note}`),
  );
  const fresh = overdue.filter((t) => !flaggedBefore.has(`${t.id}|${overdueNote(t.dueDate)}`));
  if (fresh.length)
    await db.rectificationEvent.createMany({
      data: fresh.map((t) => ({
        townshipId: t.townshipId,
        taskId: t.id,
        type: "overdue",
        note: overdueNote(t.dueDate),
        occurredOn: today,
      })),
    });
  return { flagged: fresh.length, notices: await notifyOnce(notices) };
}

const overdueNote = (due: Date) => `整改期限 ${formatDay(due)} 已过，尚未报送整改报告`;

registerDailyJob({ name: "rectification.reminders", run: (now) => runRectificationReminders(now) });
