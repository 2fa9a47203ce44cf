// The legal clock of a petition, 信访工作条例 (2022), in one place: every page, API answer, job and figure
// reads it. "日" are calendar days with the day of receipt (or acceptance, answer) not counted, so the
// last day is start + N; "工作日" follow the official working calendar (weekends and public holidays off,
// 调休 Saturdays on). The figures are settings (lib/settings/defaults.ts, group "petitions") with the law's
// default. Each function quotes the article it applies (text: LawRefBook/Laws, 行政法规/信访工作条例(2022-02-25).md).
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
 * Art. 23 para 2: "不能当场告知的，应当自收到信访事项之日起15日内书面告知信访人，但信访人的姓名（名称）、住址不清的除外"
 * — the last day to send the written notice. Para 3 gives transferred cases the same 15 days "自收到之日起".
 * Not owed when the petitioner's name or address is unclear (the record says why: `noticeWaivedReason`).
 */
export function noticeDue(receivedOn: Date, clock: ClockSettings = LEGAL_CLOCK): Date {
  return addDays(receivedOn, clock.noticeDays);
}

/** Notified in time: sent on or before the due day. */
export function notifiedInTime(receivedOn: Date, notifiedOn: Date, clock: ClockSettings = LEGAL_CLOCK): boolean {
  return notifiedOn.getTime() <= noticeDue(receivedOn, clock).getTime();
}

/**
 * Art. 23 para 3: "不属于本机关、单位或者本系统职权范围的，有关机关、单位应当自收到之日起5个工作日内提出异议，并详细说明理由"
 * — the last working day of the objection window, on the official calendar (调休 Saturdays count).
 */
export function objectionDeadline(
  assignedOn: Date,
  calendar: WorkingCalendar,
  clock: ClockSettings = LEGAL_CLOCK,
): Date {
  return calendar.addWorkingDays(assignedOn, clock.objectionWorkingDays);
}

/**
 * Art. 34: "应当自受理之日起60日内办结；情况复杂的，经本机关、单位负责人批准，可以适当延长办理期限，但延长期限不得超过30日"
 * — the last day, plus the one extension when granted.
 */
export function handlingDue(
  acceptedOn: Date,
  extensionDays: number | null = null,
  clock: ClockSettings = LEGAL_CLOCK,
): Date {
  return addDays(acceptedOn, clock.handlingDays + (extensionDays ?? 0));
}

export type ExtensionProblem = "ALREADY_EXTENDED" | "TOO_LONG" | "NOT_POSITIVE";

/**
 * Art. 34: "延长期限不得超过30日，并告知信访人延期理由" — one extension (the article grants one: "可以适当延长"),
 * at most 30 days. Returns why an extension may not be granted, or null when it may.
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

/**
 * Art. 35: "可以自收到书面答复之日起30日内请求原办理机关、单位的上一级机关、单位复查"; Art. 36 the same for 复核:
 * "对复查意见不服的，可以自收到书面答复之日起30日内 … 请求复核".
 */
export function reviewRequestDeadline(answeredOn: Date, clock: ClockSettings = LEGAL_CLOCK): Date {
  return addDays(answeredOn, clock.reviewRequestDays);
}

/**
 * Art. 35: "应当自收到复查请求之日起30日内提出复查意见，并予以书面答复"; Art. 36: "应当自收到复核请求之日起30日内提出复核意见".
 */
export function reviewAnswerDue(requestedOn: Date, clock: ClockSettings = LEGAL_CLOCK): Date {
  return addDays(requestedOn, clock.reviewAnswerDays);
}

/** Finished on time: closed (or answered) on or before the due day. */
export function finishedInTime(finishedOn: Date, due: Date): boolean {
  return finishedOn.getTime() <= due.getTime();
}
