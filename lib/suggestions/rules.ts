// Pure rules for deputies' suggestions (建议、批评和意见) and motions (议案): deadlines and the one
// state machine (the deadlines every handed-out item shares are in lib/handling/deadlines.ts). No Prisma. Dates are calendar days held as UTC-midnight Date objects (lib/time/day).
import { addMonths } from "@/lib/time/day";
import { percentText } from "@/lib/text/percent";

/** The documents' categories, each township's list until its office edits it. */
export const DEFAULT_CATEGORIES = [
  "经济建设",
  "农业农村",
  "城乡建设",
  "教育",
  "医疗卫生",
  "社会保障",
  "社会治理",
  "生态环境",
  "其他",
];

/**
 * 代表法 Art. 51 (2025): a reply within three months of assignment; within six months for a
 * broad or difficult suggestion. Both lengths are settings with these defaults.
 */
export function replyDeadline(assignedOn: Date, broad: boolean, months = { normal: 3, broad: 6 }): Date {
  return addMonths(assignedOn, broad ? months.broad : months.normal);
}

/** A delay notice (延办) may not set a date past six months from assignment. */
export function latestDelayDate(assignedOn: Date, maxMonths = 6): Date {
  return addMonths(assignedOn, maxMonths);
}

// ── The state machine ───────────────────────────────────────────────────────

export const STATES = [
  "DRAFT",
  "SUBMITTED",
  "REGISTERED",
  "ASSIGNED",
  "REPLIED",
  "RATED",
  "CLOSED",
  "WITHDRAWN",
  "MERGED",
  "REHANDLING",
] as const;
export type SuggestionState = (typeof STATES)[number];

export const ACTIONS = [
  "submit",
  "withdraw",
  "register",
  "merge",
  "place_on_agenda",
  "assign",
  "return",
  "reply",
  "rate_satisfied",
  "rate_unsatisfied",
  "close",
] as const;
export type SuggestionAction = (typeof ACTIONS)[number];

/**
 * draft → submitted → registered → assigned → replied → rated → closed, with withdrawn (by the
 * proposer before assignment), merged (a duplicate folded into another at registration), returned
 * (a unit sends a wrong assignment back: registered again) and re-handling (a 不满意 rating sends
 * it back to the unit, which replies again).
 */
const TRANSITIONS: Record<SuggestionAction, { from: readonly SuggestionState[]; to: SuggestionState }> = {
  submit: { from: ["DRAFT"], to: "SUBMITTED" },
  withdraw: { from: ["DRAFT", "SUBMITTED", "REGISTERED"], to: "WITHDRAWN" },
  register: { from: ["SUBMITTED"], to: "REGISTERED" },
  merge: { from: ["SUBMITTED", "REGISTERED"], to: "MERGED" },
  // A motion the presidium places on the session's agenda is dealt with there, not by a unit.
  place_on_agenda: { from: ["SUBMITTED", "REGISTERED"], to: "CLOSED" },
  assign: { from: ["REGISTERED"], to: "ASSIGNED" },
  return: { from: ["ASSIGNED"], to: "REGISTERED" },
  reply: { from: ["ASSIGNED", "REHANDLING"], to: "REPLIED" },
  rate_satisfied: { from: ["REPLIED"], to: "RATED" },
  rate_unsatisfied: { from: ["REPLIED"], to: "REHANDLING" },
  close: { from: ["RATED", "REPLIED"], to: "CLOSED" },
};

export const TERMINAL_STATES: readonly SuggestionState[] = ["CLOSED", "WITHDRAWN", "MERGED"];

/** The next state, or null when the action is not allowed from `state`. */
export function nextState(state: SuggestionState, action: SuggestionAction): SuggestionState | null {
  const t = TRANSITIONS[action];
  return t.from.includes(state) ? t.to : null;
}

export function allowedActions(state: SuggestionState): SuggestionAction[] {
  return ACTIONS.filter((a) => nextState(state, a) !== null);
}

// ── Figures ─────────────────────────────────────────────────────────────────

/** `part` of `whole` as a percentage with one decimal (half up), or null when `whole` is 0. */
export function percent(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.round((part * 1000) / whole) / 10;
}

/** A rate as it is written in prose and on the pages: "94.1%", or "—" when there is nothing to divide by. */
export const pct = percentText;

/** (满意 + 基本满意) / rated, as a percentage with one decimal, or null with nothing rated. */
export function satisfactionRate(satisfied: number, basicallySatisfied: number, rated: number): number | null {
  return percent(satisfied + basicallySatisfied, rated);
}

/**
 * 按时答复率: the first reply on or before the due date then in force, over those replied plus those
 * past their due date with no reply yet — an overdue, unanswered suggestion lowers the rate (one
 * answered late would). Those not yet due and unanswered are not counted. Percentage, one decimal.
 */
export function onTimeRate(onTime: number, replied: number, overdueUnanswered = 0): number | null {
  return percent(onTime, replied + overdueUnanswered);
}

/** The registration number, e.g. 2026-017. */
export function formatNumber(year: number, seq: number): string {
  return `${year}-${String(seq).padStart(3, "0")}`;
}
