// The deadlines of an item handed to units — a suggestion now, a petition or a rectification task
// next: its due day (a delay's date over the original deadline), overdue, the reminder window, the
// co-units' input, and the window to return a wrong assignment on the official working calendar.
import { addDays, addMonths } from "@/lib/time/day";
import type { WorkingCalendar } from "@/lib/time/working-days";

/** The day an item being handled is due: the delay notice's date when there is one, else the deadline. */
export function dueDate(item: { deadline: Date | null; delayedTo: Date | null }): Date | null {
  return item.delayedTo ?? item.deadline;
}

/** Overdue: its due day is before `today` (on the due day itself it is not yet overdue). */
export function isOverdue(due: Date | null, today: Date): boolean {
  return !!due && due.getTime() < today.getTime();
}

/**
 * The same rule as a filter for any table with `deadline` and `delayedTo` columns (the delay's
 * date counts when there is one), so lists and counts are filtered in SQL.
 */
export function overdueWhere(today: Date) {
  return { OR: [{ delayedTo: { lt: today } }, { delayedTo: null, deadline: { lt: today } }] };
}

/**
 * The reminder lists' window on `today`: overdue is due before `today`; due soon is due from
 * `today` through `horizon` (`soonDays` later, both ends included).
 */
export function reminderWindow(today: Date, soonDays: number): { today: Date; horizon: Date } {
  return { today, horizon: addDays(today, soonDays) };
}

/**
 * A co-unit (协办单位) sends its input to the lead unit within `months` (a setting) of being
 * assigned — or of the start of another handling round, which opens a new one.
 */
export function coUnitInputDue(assignedOn: Date, months = 1): Date {
  return addMonths(assignedOn, months);
}

/** Input that arrives after its due day is still taken, but marked late (逾期). */
export function coUnitInputLate(due: Date, today: Date): boolean {
  return today.getTime() > due.getTime();
}

/** A unit may return a wrongly assigned item within `days` working days of assignment (official calendar). */
export function returnDeadline(assignedOn: Date, calendar: WorkingCalendar, days = 7): Date {
  return calendar.addWorkingDays(assignedOn, days);
}
