import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { scopedDb } from "@/lib/db/township-scope";
import type { SuggestionState } from "@/lib/generated/prisma/enums";
import { skipTake, type ListResult } from "@/lib/http/validation";
import { getSettings } from "@/lib/settings";
import { registerDailyJob } from "@/lib/jobs/registry";
import { dueCounts, duePage } from "@/lib/inbox/read";
import { addDays, formatDay, todayInChina } from "@/lib/time/day";
import { dueDate, reminderWindow } from "@/lib/handling/deadlines";
import { countdown, dueStatus } from "@/lib/time/due";
import type { ReminderQuery } from "@/lib/suggestions/schema";
import { runCoUnitReminders } from "@/lib/suggestions/co-units";
import { notifyUnitsOnce, type UnitNotice } from "@/lib/suggestions/notify";
// Registers the suggestions' source of the reminder lists.
import "@/lib/suggestions/inbox";

/**
 * The daily reminder run (all townships): each suggestion being handled that is overdue or due
 * within the "due soon" window gets one notice to its lead unit per status and day of change —
 * never a second identical one; co-units whose input is overdue get one too (co-units.ts).
 * Returns how many notices were written.
 */
export async function runReminders(now = new Date()): Promise<number> {
  const today = todayInChina(now);
  const soonDays = (await getSettings())["suggestions.dueSoonDays"];
  const horizon = addDays(today, soonDays);
  const open = await db.suggestion.findMany({
    where: {
      state: { in: ["ASSIGNED", "REHANDLING"] },
      leadUnitId: { not: null },
      OR: [{ delayedTo: { lte: horizon } }, { delayedTo: null, deadline: { lte: horizon } }],
    },
    select: { id: true, townshipId: true, title: true, leadUnitId: true, deadline: true, delayedTo: true },
  });
  const notices: UnitNotice[] = [];
  for (const s of open) {
    const due = dueDate(s);
    if (!due) continue;
    const status = dueStatus(due, today, soonDays);
    if (status === "ON_TRACK") continue;
    const message =
      status === "OVERDUE"
        ? `建议“${s.title}”已超过办理期限（${formatDay(due)}），请尽快答复`
        : `建议“${s.title}”将于 ${formatDay(due)} 到期，请按时答复`;
    notices.push({ townshipId: s.townshipId, unitId: s.leadUnitId!, suggestionId: s.id, message });
  }
  const written = await notifyUnitsOnce(notices);
  return written + (await runCoUnitReminders(now));
}

registerDailyJob({ name: "suggestions.reminders", run: async (now) => ({ written: await runReminders(now) }) });

// ── The reminder lists (催办) ────────────────────────────────────────────────

/** Whose suggestions: a township's, optionally only one lead unit's. */
type Scope = { townshipId: string; unitId: string | null };

/**
 * The office, chair and presidium see their township (optionally one unit); a unit only what it
 * leads — the reply deadline is the lead unit's. null: nothing to show (a unit user without a unit,
 * or a unit asking for another unit).
 */
function scopeOf(actor: Actor, unitId?: string): Scope | null {
  assertCan(actor, "suggestion.reminders");
  if (actor.role === "UNIT") {
    if (!actor.unitId || (unitId && unitId !== actor.unitId)) return null;
    return { townshipId: actor.townshipId, unitId: actor.unitId };
  }
  return { townshipId: actor.townshipId, unitId: unitId ?? null };
}

async function currentWindow(now: Date) {
  const soonDays = (await getSettings())["suggestions.dueSoonDays"];
  return { soonDays, ...reminderWindow(todayInChina(now), soonDays) };
}

export interface ReminderItem {
  id: string;
  number: string | null;
  title: string;
  state: SuggestionState;
  leadUnit: { id: string; name: string } | null;
  /** The day it is due: the delay notice's date when there is one. */
  due: string;
  /** The reply deadline set at assignment (or re-handling). */
  deadline: string;
  delayed: boolean;
  status: "OVERDUE" | "DUE_SOON";
  daysLeft: number;
  daysOverdue: number;
  /** 逾期 3 天, 今天到期, 还剩 5 天. */
  countdown: string;
}

/**
 * One page of the reminder list, soonest due first (most overdue at the top). The filter, the
 * order and the page are done in SQL — nothing is loaded but the page's rows — and the rows are
 * then read through the township-scoped client.
 */
export async function listReminders(
  actor: Actor,
  q: ReminderQuery,
  now = new Date(),
): Promise<ListResult<ReminderItem> & { soonDays: number }> {
  const w = await currentWindow(now);
  const scope = scopeOf(actor, q.unitId);
  if (!scope) return { items: [], total: 0, page: q.page, pageSize: q.pageSize, soonDays: w.soonDays };
  // Due today is the due-soon window of zero days: due from today through today (lib/handling).
  const todayOnly = q.status === "due_today";
  const page = await duePage({
    kinds: ["suggestion"],
    townshipId: scope.townshipId,
    unitId: scope.unitId,
    today: formatDay(w.today),
    horizon: formatDay(todayOnly ? reminderWindow(w.today, 0).horizon : w.horizon),
    status: q.status === "due_today" ? "due_soon" : q.status,
    ...skipTake(q),
  });
  const total = page.total;
  const ids = page.items.map((r) => r.id);
  const rows = ids.length
    ? await scopedDb(actor.townshipId).suggestion.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          number: true,
          title: true,
          state: true,
          deadline: true,
          delayedTo: true,
          leadUnit: { select: { id: true, name: true } },
        },
      })
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = ids.flatMap((id) => {
    const s = byId.get(id);
    const due = s && dueDate(s);
    if (!s || !due || !s.deadline) return [];
    const c = countdown(due, w.today, w.soonDays);
    if (c.status === "ON_TRACK") return [];
    return [
      {
        id: s.id,
        number: s.number,
        title: s.title,
        state: s.state,
        leadUnit: s.leadUnit,
        due: formatDay(due),
        deadline: formatDay(s.deadline),
        delayed: !!s.delayedTo,
        status: c.status,
        daysLeft: c.daysLeft,
        daysOverdue: c.daysOverdue,
        countdown: c.text,
      },
    ];
  });
  return { items, total, page: q.page, pageSize: q.pageSize, soonDays: w.soonDays };
}

/** 逾期 N 件, M 天内到期 K 件: for the landing pages and the inbox (one query). */
export async function reminderCounts(
  actor: Actor,
  now = new Date(),
): Promise<{ overdue: number; dueSoon: number; soonDays: number }> {
  const w = await currentWindow(now);
  const scope = scopeOf(actor);
  if (!scope) return { overdue: 0, dueSoon: 0, soonDays: w.soonDays };
  const counts = await dueCounts({
    kinds: ["suggestion"],
    townshipId: scope.townshipId,
    unitId: scope.unitId,
    today: formatDay(w.today),
    horizon: formatDay(w.horizon),
  });
  return { ...counts, soonDays: w.soonDays };
}

/** 今天到期: being handled and due today — the reminder list's due-soon window of zero days. */
export async function dueTodayCount(actor: Actor, now = new Date()): Promise<number> {
  const scope = scopeOf(actor);
  if (!scope) return 0;
  const { today, horizon } = reminderWindow(todayInChina(now), 0);
  const counts = await dueCounts({
    kinds: ["suggestion"],
    townshipId: scope.townshipId,
    unitId: scope.unitId,
    today: formatDay(today),
    horizon: formatDay(horizon),
  });
  return counts.dueSoon;
}
