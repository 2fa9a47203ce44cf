// The rectification loop's rules (整改), in one place: which step may happen in which state (with the
// Chinese reason when not), the order of the days, due and overdue. Pure; unit-tested.
// A review opinion (审议意见) sent to a unit becomes a task: the unit reports (整改报告) by the due day,
// the office accepts it or returns it with reasons; reminders (催办) and a follow-up visit (回访) are
// recorded on the task's timeline (a visit in any state: during rectification or after it). 工作评议 and its follow-up come from the township's rules (e.g.
// 河南省乡镇人民代表大会主席团工作条例 第四条), not national law.
import type { RectificationState } from "@/lib/generated/prisma/enums";
import { isOverdue } from "@/lib/handling/deadlines";
import { countdown, type Countdown } from "@/lib/time/due";

export type RectificationStep = "report" | "accept" | "return" | "remind" | "visit";

/** The states in which the unit still owes a report (its inbox's "being handled"). */
export const OPEN_STATES: readonly RectificationState[] = ["ASSIGNED", "RETURNED"];
export const isOpen = (state: RectificationState) => OPEN_STATES.includes(state);

/**
 * Whether `step` may be taken in `state`: true, or why not (the API's 409 message). The one table
 * of "what may happen now" for the service, the API's `steps` and the pages.
 */
export function stepAllowed(step: RectificationStep, state: RectificationState): true | string {
  switch (step) {
    case "report":
      if (state === "ACCEPTED") return "整改已验收，不能再提交整改报告";
      if (state === "REPORTED") return "整改报告已提交，正在等待人大办审核";
      return true;
    case "accept":
    case "return":
      if (state === "ACCEPTED") return "整改已验收，不能再审核";
      if (state !== "REPORTED") return "单位尚未提交整改报告，不能审核";
      return true;
    case "remind":
      if (state === "ACCEPTED") return "整改已验收，无需催办";
      if (state === "REPORTED") return "单位已提交整改报告，等待审核，无需催办";
      return true;
    case "visit":
      // 回访 follows the unit until it has fixed what was found: a visit during rectification (to see the
      // work under way) is as real as one after acceptance, so any state of a sent task takes one.
      return true;
  }
}

/** The state after the step (催办 and 回访 leave it as it is). */
export function nextState(step: RectificationStep, state: RectificationState): RectificationState {
  if (step === "report") return "REPORTED";
  if (step === "accept") return "ACCEPTED";
  if (step === "return") return "RETURNED";
  return state;
}

/**
 * The day each step may not precede (the caller's `occurredDay` refuses an earlier one, naming it):
 * a report not before the task was sent or, after a return, before the return; a review not before
 * the report it judges; a visit or a reminder not before the task was sent (a visit may come before the
 * acceptance; keyed afterwards, it keeps the day it happened).
 */
export function previousStep(
  step: RectificationStep,
  t: { assignedOn: Date; acceptedOn: Date | null; lastReportOn: Date | null; lastReturnOn: Date | null },
): { label: string; day: Date } {
  switch (step) {
    case "report":
      return t.lastReturnOn ? { label: "退回日期", day: t.lastReturnOn } : { label: "送达日期", day: t.assignedOn };
    case "accept":
    case "return":
      return { label: "整改报告提交日期", day: t.lastReportOn ?? t.assignedOn };
    case "visit":
    case "remind":
      return { label: "送达日期", day: t.assignedOn };
  }
}

/** Overdue: the report is still owed and the due day has passed (on the due day itself it is not). */
export const rectificationOverdue = (t: { state: RectificationState; dueDate: Date }, today: Date) =>
  isOpen(t.state) && isOverdue(t.dueDate, today);

/** A report is on time when submitted on or before the due day. */
export const reportOnTime = (submittedOn: Date, dueDate: Date) => submittedOn.getTime() <= dueDate.getTime();

/** The due words (今天到期 / 逾期 N 天 / 还剩 N 天) while a report is owed; null once reported or accepted. */
export function rectificationCountdown(
  t: { state: RectificationState; dueDate: Date },
  today: Date,
  soonDays: number,
): Countdown | null {
  return isOpen(t.state) ? countdown(t.dueDate, today, soonDays) : null;
}

/** The task's registration number: 整改2026-003. */
export const taskNumber = (year: number, seq: number) => `整改${year}-${String(seq).padStart(3, "0")}`;

/** A review opinion's due day must come after the day it is sent (限期 at least one day). */
export function dueAfterSending(dueDate: Date, sentOn: Date): true | string {
  return dueDate.getTime() > sentOn.getTime() ? true : "整改期限应晚于送达日期";
}
