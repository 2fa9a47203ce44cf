// 催办 by the daily job (lib/jobs): every case being handled by its units (已转办) that is overdue or due
// within `petitions.dueSoonDays` — its units get one notice per status and due day (never a second identical
// one); an overdue case is flagged once on its timeline (an `overdue` event naming the due day). All
// townships. The office's recorded reminders are the `remind` step (lib/petitions/steps/remind.ts).
import { db } from "@/lib/db";
import { registerDailyJob } from "@/lib/jobs/registry";
import { notifyOnce } from "@/lib/notifications/writer";
import type { Notice } from "@/lib/notifications/types";
import { getSettings } from "@/lib/settings";
import { addDays, formatDay, todayInChina } from "@/lib/time/day";
import { dueStatus } from "@/lib/time/due";
// The petitions' source of the inbox and the reminder lists.
import "@/lib/petitions/inbox";

const overdueNote = (due: Date) => `办理期限 ${formatDay(due)} 已过，承办单位尚未回复`;

export async function runPetitionReminders(now = new Date()): Promise<{ flagged: number; notices: number }> {
  const today = todayInChina(now);
  const soonDays = (await getSettings())["petitions.dueSoonDays"];
  const cases = await db.petition.findMany({
    where: { state: "TRANSFERRED", dueDate: { lte: addDays(today, soonDays) } },
    select: {
      id: true,
      townshipId: true,
      number: true,
      subject: true,
      dueDate: true,
      assignments: { where: { active: true }, select: { unitId: true } },
    },
  });
  const notices: Notice[] = [];
  const overdue: typeof cases = [];
  for (const c of cases) {
    const status = dueStatus(c.dueDate!, today, soonDays);
    if (status === "ON_TRACK") continue;
    if (status === "OVERDUE") overdue.push(c);
    const name = c.number ? `信访件 ${c.number}` : `信访件“${c.subject.slice(0, 40)}”`;
    const due = formatDay(c.dueDate!);
    const message = (
      status === "OVERDUE"
        ? `${name}已超过办理期限（${due}），请尽快办结并回复`
        : `${name}将于 ${due} 到期，请按时办结并回复`
    ).slice(0, 300);
    for (const a of c.assignments)
      notices.push({
        townshipId: c.townshipId,
        recipient: { unitId: a.unitId },
        subject: { type: "petition", id: c.id },
        link: `/petitions/${c.id}`,
        message,
      });
  }
  const flaggedBefore = new Set(
    (
      await db.petitionEvent.findMany({
        where: { type: "overdue", petitionId: { in: overdue.map((c) => c.id) } },
        select: { petitionId: true, note: true },
      })
    ).map((e) => `${e.petitionId}|${e.note}`),
  );
  const fresh = overdue.filter((c) => !flaggedBefore.has(`${c.id}|${overdueNote(c.dueDate!)}`));
  if (fresh.length)
    await db.petitionEvent.createMany({
      data: fresh.map((c) => ({
        townshipId: c.townshipId,
        petitionId: c.id,
        type: "overdue",
        note: overdueNote(c.dueDate!),
        occurredOn: today,
      })),
    });
  return { flagged: fresh.length, notices: await notifyOnce(notices) };
}

registerDailyJob({ name: "petitions.reminders", run: (now) => runPetitionReminders(now) });
