// The legal clock of a petition, 信访工作条例 (2022), in one place: every page, API answer, job and figure
// reads it. "日" are calendar days with the day of receipt (or acceptance, answer) not counted, so the
// last day is start + N; "工作日" follow the official working calendar (weekends and public holidays off,
// 调休 Saturdays on). The figures are settings (lib/settings/defaults.ts, group "petitions") with the law's
// default. TODO(petitions helper): quote each article's own words from the fetched text (LawRefBook/Laws).
import { addDays } from "@/lib/time/day";
import type { WorkingCalendar } from "@/lib/time/working-days";
import type { Settings } from "@/lib/settings";

export interface ClockSettings {
  noticeDays: number;
  objectionWorkingDays: number;
  handlingDays: number;
  maxExtensionDays: number;
  reviewRequestDays: number;
  reviewAnswerDays: number;
}

/** The law's figures, used when no setting overrides them. */
export const LEGAL_CLOCK: ClockSettings = {
  noticeDays: 15,
  objectionWorkingDays: 5,
  handlingDays: 60,
  maxExtensionDays: 30,
  reviewRequestDays: 30,
  reviewAnswerDays: 30,
};

/** The clock from the settings (getSettings()). */
export function clockFromSettings(s: Pick<Settings, `petitions.${keyof ClockSettings}`>): ClockSettings {
  return {
    noticeDays: s["petitions.noticeDays"],
    objectionWorkingDays: s["petitions.objectionWorkingDays"],
    handlingDays: s["petitions.handlingDays"],
    maxExtensionDays: s["petitions.maxExtensionDays"],
    reviewRequestDays: s["petitions.reviewRequestDays"],
    reviewAnswerDays: s["petitions.reviewAnswerDays"],
  };
}

/**
 * Art. 23 para 2: the last day to send the written notice (15 days of receipt).
 * Not owed when the petitioner's name (名称) or address is unclear (the record says why).
 */
export function noticeDue(receivedOn: Date, clock: ClockSettings = LEGAL_CLOCK): Date {
  return addDays(receivedOn, clock.noticeDays);
}

/** Notified in time: sent on or before the due day. */
export function notifiedInTime(receivedOn: Date, notifiedOn: Date, clock: ClockSettings = LEGAL_CLOCK): boolean {
  return notifiedOn.getTime() <= noticeDue(receivedOn, clock).getTime();
}

/**
 * Art. 23 para 3: a body that considers a case not within its remit returns it with reasons within 5 working
 * days — the last working day of the objection window, on the official calendar.
 */
export function objectionDeadline(
  assignedOn: Date,
  calendar: WorkingCalendar,
  clock: ClockSettings = LEGAL_CLOCK,
): Date {
  return calendar.addWorkingDays(assignedOn, clock.objectionWorkingDays);
}

/** Art. 34: 60 days from acceptance — the last day, plus the one extension when granted. */
export function handlingDue(
  acceptedOn: Date,
  extensionDays: number | null = null,
  clock: ClockSettings = LEGAL_CLOCK,
): Date {
  return addDays(acceptedOn, clock.handlingDays + (extensionDays ?? 0));
}

export type ExtensionProblem = "ALREADY_EXTENDED" | "TOO_LONG" | "NOT_POSITIVE";

/**
 * Art. 34: one extension, at most 30 days, the petitioner told why.
 * Returns why an extension may not be granted, or null when it may.
 */
export function extensionProblem(
  alreadyExtended: number | null,
  days: number,
  clock: ClockSettings = LEGAL_CLOCK,
): ExtensionProblem | null {
  if (alreadyExtended != null) return "ALREADY_EXTENDED";
  if (!Number.isInteger(days) || days < 1) return "NOT_POSITIVE";
  if (days > clock.maxExtensionDays) return "TOO_LONG";
  return null;
}

/** Art. 35: 复查 asked within 30 days of the written answer (Art. 36: 复核 after the 复查's answer). */
export function reviewRequestDeadline(answeredOn: Date, clock: ClockSettings = LEGAL_CLOCK): Date {
  return addDays(answeredOn, clock.reviewRequestDays);
}

/** Art. 35–36: the body one level up answers within 30 days of the request. */
export function reviewAnswerDue(requestedOn: Date, clock: ClockSettings = LEGAL_CLOCK): Date {
  return addDays(requestedOn, clock.reviewAnswerDays);
}

/** Finished on time: closed (or answered) on or before the due day. */
export function finishedInTime(finishedOn: Date, due: Date): boolean {
  return finishedOn.getTime() <= due.getTime();
}
