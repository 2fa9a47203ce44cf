import { db } from "@/lib/db";
import { getSettings } from "@/lib/settings";
import { log } from "@/lib/log/logger";
import { formatDay, todayInChina } from "@/lib/roster/rules";
import { dueStatus } from "@/lib/suggestions/rules";
import { runCoUnitReminders } from "@/lib/suggestions/co-units";

/**
 * The daily reminder run (all townships): each suggestion being handled that is overdue or due
 * within the "due soon" window gets one notice to its lead unit per status and day of change —
 * never a second identical one; co-units whose input is overdue get one too (co-units.ts).
 * Returns how many notices were written.
 */
export async function runReminders(now = new Date()): Promise<number> {
  const today = todayInChina(now);
  const soonDays = (await getSettings())["suggestions.dueSoonDays"];
  const horizon = new Date(today.getTime() + soonDays * 86_400_000);
  const open = await db.suggestion.findMany({
    where: { state: { in: ["ASSIGNED", "REHANDLING"] }, leadUnitId: { not: null }, OR: [{ delayedTo: { lte: horizon } }, { delayedTo: null, deadline: { lte: horizon } }] },
    select: { id: true, townshipId: true, title: true, leadUnitId: true, deadline: true, delayedTo: true },
  });
  let written = 0;
  for (const s of open) {
    const due = s.delayedTo ?? s.deadline;
    if (!due) continue;
    const status = dueStatus(due, today, soonDays);
    if (status === "ON_TRACK") continue;
    const message = status === "OVERDUE" ? `建议“${s.title}”已超过办理期限（${formatDay(due)}），请尽快答复` : `建议“${s.title}”将于 ${formatDay(due)} 到期，请按时答复`;
    const exists = await db.notification.findFirst({ where: { suggestionId: s.id, unitId: s.leadUnitId, message } });
    if (exists) continue;
    await db.notification.create({ data: { townshipId: s.townshipId, unitId: s.leadUnitId, suggestionId: s.id, message } });
    written++;
  }
  return written + (await runCoUnitReminders(now));
}

const DAY_MS = 86_400_000;
let timer: NodeJS.Timeout | null = null;

/** Runs the reminders now and then once a day, inside the app process: no external scheduler. */
export function scheduleReminders() {
  if (timer) return;
  const run = () => runReminders().then((n) => log.info("suggestion reminders", { written: n })).catch((error) => log.error("suggestion reminders failed", { error }));
  void run();
  timer = setInterval(run, DAY_MS);
  timer.unref();
}
