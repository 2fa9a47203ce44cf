// The official working calendar for services: the chinese-days package plus the office's overrides,
// one national list (CalendarOverride; the State Council's calendar is the same for every township).
// The overrides are read at most once per 30 seconds per process (an expired list is served while it
// refreshes, lib/db/cached-read.ts), and at once after an edit here; another app instance sees an edit
// within about those 30 seconds, as with lib/settings.
import type { Actor } from "@/lib/auth/actor";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { db, type Tx } from "@/lib/db";
import { cachedRead } from "@/lib/db/cached-read";
import { isUniqueViolation } from "@/lib/db/errors";
import { conflict, notFound } from "@/lib/http/errors";
import { formatDay, parseDay } from "@/lib/time/day";
import type { CalendarOverrideInput } from "@/lib/time/schema";
import {
  officialDays,
  packageCovers,
  workingCalendar,
  type CalendarOverride,
  type WorkingCalendar,
} from "@/lib/time/working-days";

async function readOverrides(client: Tx = db): Promise<CalendarOverride[]> {
  const rows = await client.calendarOverride.findMany({ orderBy: { date: "asc" } });
  return rows.map((r) => ({ date: formatDay(r.date), kind: r.kind, note: r.note }));
}

const cache = cachedRead("calendar", readOverrides, 30_000);

/** Forget the overrides read so far (the tests empty the tables between cases). */
export function clearCalendarCache() {
  cache.clear();
}

/** The calendar for one service call: load it once, then ask it as often as needed. */
export async function loadWorkingCalendar(): Promise<WorkingCalendar> {
  return workingCalendar(await cache.get());
}

/** A year as the office's page shows it: the official days (package and overrides) and the overrides alone. */
export async function calendarYear(year: number) {
  const all = await readOverrides();
  const ofYear = all.filter((o) => o.date.startsWith(`${year}-`));
  return { year, packageCovers: packageCovers(year), days: officialDays(year, ofYear), overrides: ofYear };
}

/** Sets a day as a holiday or a working day; a day already set must be removed first (409). */
export async function addCalendarOverride(actor: Actor, input: CalendarOverrideInput): Promise<CalendarOverride> {
  const taken = () => conflict(`${input.date} 已有调整，请先删除`, { date: "日期：该日已有调整，请先删除" });
  try {
    await db.$transaction(async (tx) => {
      if (await tx.calendarOverride.findUnique({ where: { date: parseDay(input.date) } })) throw taken();
      await tx.calendarOverride.create({ data: { date: parseDay(input.date), kind: input.kind, note: input.note } });
      await recordAudit(tx, subjectOf(actor), {
        action: "calendar.override_added",
        recordType: "CalendarOverride",
        recordId: input.date,
        after: input,
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw taken();
    throw err;
  } finally {
    cache.clear();
  }
  return input;
}

/** Removes a day's override: the package's arrangement (or Monday–Friday) applies again. */
export async function removeCalendarOverride(actor: Actor, date: string): Promise<void> {
  try {
    await db.$transaction(async (tx) => {
      const row = await tx.calendarOverride.findUnique({ where: { date: parseDay(date) } });
      if (!row) throw notFound(`${date} 没有调整`);
      await tx.calendarOverride.delete({ where: { date: row.date } });
      await recordAudit(tx, subjectOf(actor), {
        action: "calendar.override_removed",
        recordType: "CalendarOverride",
        recordId: date,
        before: { date, kind: row.kind, note: row.note },
      });
    });
  } finally {
    cache.clear();
  }
}
