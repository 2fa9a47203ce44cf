// How far a due day is: the status and the countdown of every reminder list. Pure.
import { daysUntil } from "@/lib/time/day";

export type DueStatus = "OVERDUE" | "DUE_SOON" | "ON_TRACK";

/** Overdue, or due within `soonDays` (default 14), for the reminder lists. */
export function dueStatus(due: Date, today: Date, soonDays = 14): DueStatus {
  const d = daysUntil(due, today);
  if (d < 0) return "OVERDUE";
  return d <= soonDays ? "DUE_SOON" : "ON_TRACK";
}

export interface Countdown {
  status: DueStatus;
  /** Whole days left until the due day (0 on the day itself); 0 when overdue. */
  daysLeft: number;
  /** Whole days past the due day; 0 when not overdue. */
  daysOverdue: number;
  /** In words: 逾期 3 天, 今天到期, 还剩 5 天. */
  text: string;
}

/** How far a due day is from `today`, for the reminder lists. */
export function countdown(due: Date, today: Date, soonDays = 14): Countdown {
  const d = daysUntil(due, today);
  const status = dueStatus(due, today, soonDays);
  if (d < 0) return { status, daysLeft: 0, daysOverdue: -d, text: `逾期 ${-d} 天` };
  return { status, daysLeft: d, daysOverdue: 0, text: d === 0 ? "今天到期" : `还剩 ${d} 天` };
}
