// Voter reception days (接待选民日): the year's calendar and its warnings. Pure. Every figure here is the
// township's LOCAL PRACTICE (its own rules, settings group `reception` in lib/settings/defaults.ts) — the
// 10th of each month, at least 8 a year, the notice a few days ahead, each sitting deputy on duty at least
// once a year — not national law, and the pages say so.
import { addDays, formatDay, parseDay } from "@/lib/time/day";

/** What the pages say of the rules' source. */
export const LOCAL_PRACTICE_NOTE = "以上为本镇工作制度（地方实践，可在系统设置中调整），不是法律规定。";

export interface ReceptionSettings {
  dayOfMonth: number;
  minPerYear: number;
  noticeDaysAhead: number;
  minDutiesPerDeputy: number;
}

/** The settings group as the rules read it. */
export const receptionSettings = (s: Record<string, number>): ReceptionSettings => ({
  dayOfMonth: s["reception.dayOfMonth"],
  minPerYear: s["reception.minPerYear"],
  noticeDaysAhead: s["reception.noticeDaysAhead"],
  minDutiesPerDeputy: s["reception.minDutiesPerDeputy"],
});

/** The rule in words, with the township's figures. */
export const ruleText = (s: ReceptionSettings) =>
  `每月${s.dayOfMonth}日为接待选民日，遇节假日顺延至下一个工作日；全年不少于${s.minPerYear}次；` +
  `提前${s.noticeDaysAhead}天发布公告；每名在任代表每年至少参加${s.minDutiesPerDeputy}次。`;

export interface PlannedDay {
  month: number;
  /** YYYY-MM-DD */
  date: string;
  /** The rule's day (e.g. the 10th), when the planned day was moved from it. */
  movedFrom: string | null;
}

const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The day of `month` the rule gives: `dayOfMonth` (the month's last day when shorter), moved forward to the
 * next working day on the official calendar (holidays off, 调休 working Saturdays and Sundays on).
 */
export function plannedDayOf(
  year: number,
  month: number,
  dayOfMonth: number,
  isWorkingDay: (day: Date) => boolean,
): PlannedDay {
  const rule = new Date(Date.UTC(year, month - 1, Math.min(dayOfMonth, lastDayOfMonth(year, month))));
  let day = rule;
  // A long holiday (春节, 国庆) is at most nine days; a month of non-working days means a broken calendar.
  for (let i = 0; i < 31 && !isWorkingDay(day); i++) day = addDays(day, 1);
  return { month, date: formatDay(day), movedFrom: day.getTime() === rule.getTime() ? null : formatDay(rule) };
}

/** The year's twelve reception days by the rule. */
export function yearCalendar(year: number, dayOfMonth: number, isWorkingDay: (day: Date) => boolean): PlannedDay[] {
  return Array.from({ length: 12 }, (_, i) => plannedDayOf(year, i + 1, dayOfMonth, isWorkingDay));
}

/** The day the notice should be out by: `noticeDaysAhead` calendar days before the reception day. */
export const noticeDueOn = (date: Date, noticeDaysAhead: number) => addDays(date, -noticeDaysAhead);

export type DayStatus = "CANCELLED" | "HELD" | "PLANNED" | "UNRECORDED";

/** Cancelled; held (recorded); still to come; or past with nothing recorded. */
export function dayStatus(d: { date: Date; cancelled: boolean; heldOn: Date | null }, today: Date): DayStatus {
  if (d.cancelled) return "CANCELLED";
  if (d.heldOn) return "HELD";
  return d.date.getTime() > today.getTime() ? "PLANNED" : "UNRECORDED";
}

/** Whether the notice is owed now: not published, the day not cancelled, and its due day reached. */
export function noticeOwed(
  d: { date: Date; cancelled: boolean; noticePublishedOn: Date | null; heldOn: Date | null },
  noticeDaysAhead: number,
  today: Date,
): boolean {
  if (d.cancelled || d.noticePublishedOn || d.heldOn) return false;
  return today.getTime() >= noticeDueOn(d.date, noticeDaysAhead).getTime() && today.getTime() <= d.date.getTime();
}

export interface YearWarningInput {
  year: number;
  /** The year's days (cancelled ones included). */
  days: { date: Date; cancelled: boolean }[];
  /** Sitting deputies with the number of the year's (not cancelled) days they are on duty. */
  deputies: { id: string; name: string; duties: number }[];
  settings: ReceptionSettings;
}

export interface YearWarnings {
  /** Days planned or held (not cancelled). */
  planned: number;
  /** "全年安排 N 次，少于本镇规定的 8 次" or null. */
  tooFew: string | null;
  /** Sitting deputies below their yearly duties, in the order given (姓氏笔画). */
  notServed: { id: string; name: string; duties: number }[];
  /** Months with no reception day (not cancelled). */
  monthsWithout: number[];
}

export function yearWarnings(i: YearWarningInput): YearWarnings {
  const live = i.days.filter((d) => !d.cancelled);
  const months = new Set(live.map((d) => d.date.getUTCMonth() + 1));
  const min = i.settings.minPerYear;
  return {
    planned: live.length,
    tooFew: live.length < min ? `${i.year}年安排接待选民日 ${live.length} 次，少于本镇规定的 ${min} 次` : null,
    notServed: i.deputies.filter((d) => d.duties < i.settings.minDutiesPerDeputy),
    monthsWithout: Array.from({ length: 12 }, (_, k) => k + 1).filter((m) => !months.has(m)),
  };
}

/** The year a day text belongs to; a date outside `year` is refused by the caller with the field named. */
export const inYear = (date: string, year: number) => parseDay(date).getUTCFullYear() === year;
