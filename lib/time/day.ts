// Calendar days held as UTC-midnight Date objects; "today" is the date in China Standard Time.
// Pure: no database, no clock unless one is passed in.

/** One day in milliseconds — the only copy. */
export const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** Today's calendar date in China Standard Time, as UTC midnight. */
export function todayInChina(now = new Date()): Date {
  const local = new Date(now.getTime() + CHINA_OFFSET_MS);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
}

/** "2026-09-01" → that day at UTC midnight. */
export function parseDay(text: string): Date {
  return new Date(`${text}T00:00:00.000Z`);
}

/** A day → "2026-09-01". */
export function formatDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** `days` calendar days after `day` (before it when negative); UTC-midnight in, UTC-midnight out. */
export function addDays(day: Date, days: number): Date {
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + days));
}

/**
 * `months` calendar months after `from`; a day that the target month lacks falls on that month's
 * last day (31 Aug + 6 months → 28/29 Feb), as 民法典 Art. 202 counts periods in months.
 */
export function addMonths(from: Date, months: number): Date {
  const y = from.getUTCFullYear();
  const m = from.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(from.getUTCDate(), lastDay)));
}

/** Days from `today` to `due` (negative when overdue). */
export function daysUntil(due: Date, today: Date): number {
  return Math.round((due.getTime() - today.getTime()) / DAY_MS);
}

/**
 * A year's stored days as a Prisma filter: 1 January up to 1 January next (exclusive), or with `through` up to that
 * day (inclusive) — the half-year brief counts a year's records through 30 June.
 */
export function yearDays(year: number, through?: Date): { gte: Date; lt?: Date; lte?: Date } {
  const gte = new Date(Date.UTC(year, 0, 1));
  return through ? { gte, lte: through } : { gte, lt: new Date(Date.UTC(year + 1, 0, 1)) };
}
