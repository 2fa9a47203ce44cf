// Working days on the official calendar: Monday–Friday, less the public holidays, plus the make-up
// working days (调休上班) that the State Council's General Office publishes each year. The yearly
// arrangement comes from the `chinese-days` package; the office's overrides (one national list,
// lib/time/calendar.ts) add a year the package lacks or correct a day. Pure: the overrides are passed in.
// The package is CommonJS with a minified bundle whose names Node cannot detect: a default import works under
// Next, Vitest and tsx scripts (npm run docs:render) alike.
import chineseDays from "chinese-days";

const { getDayDetail } = chineseDays;
import { addDays, formatDay, parseDay } from "@/lib/time/day";

export type CalendarDayKind = "HOLIDAY" | "WORKDAY";

/** A day the office has set: a holiday (放假) or a working day (上班), whatever the package says. */
export interface CalendarOverride {
  date: string;
  kind: CalendarDayKind;
  note: string;
}

/** A day that differs from the Monday–Friday rule, or that the official arrangement names. */
export interface OfficialDay {
  date: string;
  kind: CalendarDayKind;
  /** The holiday's name (春节), or the office's note. */
  name: string;
  source: "PACKAGE" | "OVERRIDE";
}

export interface WorkingCalendar {
  isWorkingDay(day: Date): boolean;
  /** The `n`-th working day after `from` (`from` itself not counted); `n` = 0 gives `from`. */
  addWorkingDays(from: Date, n: number): Date;
  /** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
  workingDaysBetween(from: Date, to: Date): number;
}

const isWeekend = (day: Date) => day.getUTCDay() === 0 || day.getUTCDay() === 6;

/** The package's entry for a day, or null when it has none (an ordinary day, or a year it lacks). */
function packageDay(date: string): { kind: CalendarDayKind; name: string } | null {
  const detail = getDayDetail(date);
  // The package reads dates in the server's zone; west of UTC it answers for the day before.
  if (detail.date !== date)
    throw new Error("chinese-days needs the server's time zone at or east of UTC (TZ=Asia/Shanghai)");
  // Named days read "Spring Festival,春节,4"; ordinary days carry the weekday's English name.
  const parts = detail.name.split(",");
  if (parts.length < 2) return null;
  return { kind: detail.work ? "WORKDAY" : "HOLIDAY", name: parts[1] };
}

/** Whether the package has the State Council's arrangement for `year` (元旦 is in every one). */
export function packageCovers(year: number): boolean {
  return packageDay(`${year}-01-01`)?.kind === "HOLIDAY";
}

export function workingCalendar(overrides: readonly CalendarOverride[] = []): WorkingCalendar {
  const byDate = new Map(overrides.map((o) => [o.date, o.kind]));
  const isWorkingDay = (day: Date): boolean => {
    const date = formatDay(day);
    const kind = byDate.get(date) ?? packageDay(date)?.kind;
    return kind ? kind === "WORKDAY" : !isWeekend(day);
  };
  return {
    isWorkingDay,
    addWorkingDays(from, n) {
      let d = from;
      for (let left = n; left > 0;) {
        d = addDays(d, 1);
        if (isWorkingDay(d)) left--;
      }
      return d;
    },
    workingDaysBetween(from, to) {
      let n = 0;
      for (let d = addDays(from, 1); d.getTime() <= to.getTime(); d = addDays(d, 1)) if (isWorkingDay(d)) n++;
      return n;
    },
  };
}

/**
 * The year's official days, by date: the package's holidays and make-up working days, with the
 * office's overrides on top (an override replaces the package's entry for its day).
 */
export function officialDays(year: number, overrides: readonly CalendarOverride[] = []): OfficialDay[] {
  const days = new Map<string, OfficialDay>();
  for (let d = parseDay(`${year}-01-01`); d.getUTCFullYear() === year; d = addDays(d, 1)) {
    const date = formatDay(d);
    const p = packageDay(date);
    if (p) days.set(date, { date, kind: p.kind, name: p.name, source: "PACKAGE" });
  }
  for (const o of overrides)
    if (o.date.startsWith(`${year}-`))
      days.set(o.date, { date: o.date, kind: o.kind, name: o.note, source: "OVERRIDE" });
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}
