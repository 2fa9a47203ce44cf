// Pure rules of supervision (监督): the plan's state machine and dates, the satisfaction rate of a
// 民主测评, the ballot limits and the reconciliation of paper and online ballots. No Prisma.
// Dates are calendar days held as UTC-midnight Date objects (lib/time/day).
//
// 工作评议 / 述职评议 and their satisfaction polls come from provincial rules (e.g. 河南省乡镇人民代表大会主席团
// 工作条例 2016 第四条), not national law (监督法 covers county level and above): they are the township's rules.
import { formatDay } from "@/lib/time/day";
import { wholePercent } from "@/lib/text/percent";

// ── Kinds ───────────────────────────────────────────────────────────────────

export const KINDS = [
  "WORK_EVALUATION",
  "DUTY_EVALUATION",
  "CONDUCT_EVALUATION",
  "LAW_INSPECTION",
  "SITE_VISIT",
  "RESEARCH",
  "REPORT_HEARING",
  "BUDGET_REVIEW",
  "SUGGESTION_HANDLING_POLL",
] as const;
export type SupervisionKind = (typeof KINDS)[number];

/** Kinds whose targets are evaluated by a poll (民主测评), one per target. */
export const EVALUATION_KINDS: readonly SupervisionKind[] = [
  "WORK_EVALUATION",
  "DUTY_EVALUATION",
  "CONDUCT_EVALUATION",
];
export const isEvaluation = (kind: string) => (EVALUATION_KINDS as readonly string[]).includes(kind);

/** 述职评议 evaluates officials (a name and post, optionally their unit); the other evaluations evaluate units. */
export const targetsOfficials = (kind: string) => kind === "DUTY_EVALUATION";

/** Kinds with a poll: the evaluations (per target) and the 15.5 poll on suggestion handling (one, no target). */
export const hasPolls = (kind: string) => isEvaluation(kind) || kind === "SUGGESTION_HANDLING_POLL";

// ── The plan's state machine ────────────────────────────────────────────────

export const STATES = ["DRAFT", "APPROVED", "UNDER_WAY", "CONCLUDED"] as const;
export type SupervisionState = (typeof STATES)[number];

export const TRANSITIONS = ["approve", "start", "conclude"] as const;
export type SupervisionTransition = (typeof TRANSITIONS)[number];

/**
 * draft → approved (by the chair, with the party committee's consent recorded as a day and a note)
 * → under way → concluded.
 */
const FLOW: Record<SupervisionTransition, { from: SupervisionState; to: SupervisionState }> = {
  approve: { from: "DRAFT", to: "APPROVED" },
  start: { from: "APPROVED", to: "UNDER_WAY" },
  conclude: { from: "UNDER_WAY", to: "CONCLUDED" },
};

export function nextState(state: string, transition: SupervisionTransition): SupervisionState | null {
  return FLOW[transition].from === state ? FLOW[transition].to : null;
}

/** The plan (方案) and its targets and participants may change only before it is approved. */
export const isPlanEditable = (state: string) => state === "DRAFT";
/** Attendance, documents and photos are recorded from approval until the activity is concluded. */
export const isRecording = (state: string) => state === "APPROVED" || state === "UNDER_WAY";

/**
 * Ballots are taken (cast, paper counts, closing) while the activity is under way — and after it concluded,
 * in a 再测评 round (round ≥ 2, opened after rectification: lib/supervision/rectification/repoll.ts).
 */
export const takesBallots = (state: string, round: number) =>
  state === "UNDER_WAY" || (state === "CONCLUDED" && round > 1);

// ── Dates ───────────────────────────────────────────────────────────────────

export interface Term {
  startDate: Date;
  endDate: Date;
}

/**
 * The plan's days: the end not before the start, both within the term. Returns Chinese messages by
 * field (empty when all is well).
 */
export function checkPlanDates(d: { startDate: Date; endDate?: Date | null }, term: Term): Record<string, string> {
  const fields: Record<string, string> = {};
  const range = `${formatDay(term.startDate)} 至 ${formatDay(term.endDate)}`;
  if (d.startDate < term.startDate || d.startDate > term.endDate)
    fields.startDate = `开始日期：应在本届任期内（${range}）`;
  if (d.endDate) {
    if (d.endDate < d.startDate) fields.endDate = `结束日期：不能早于开始日期（${formatDay(d.startDate)}）`;
    else if (d.endDate > term.endDate) fields.endDate = `结束日期：应在本届任期内（${range}）`;
  }
  return fields;
}

/** The party committee consents before the chair approves, and not after the day of approval. */
export function checkConsentDay(consentOn: Date, today: Date): string | null {
  return consentOn > today ? `党委同意日期：不能晚于今天（${formatDay(today)}）` : null;
}

// ── Polls ───────────────────────────────────────────────────────────────────

export const CHOICES = ["SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"] as const;
export type Choice = (typeof CHOICES)[number];

/** Ballots of one poll by choice; `invalid` are spoiled paper ballots (废票). */
export interface Tally {
  satisfied: number;
  basic: number;
  unsatisfied: number;
  invalid: number;
}

export const EMPTY_TALLY: Tally = { satisfied: 0, basic: 0, unsatisfied: 0, invalid: 0 };

export const addTallies = (a: Tally, b: Tally): Tally => ({
  satisfied: a.satisfied + b.satisfied,
  basic: a.basic + b.basic,
  unsatisfied: a.unsatisfied + b.unsatisfied,
  invalid: a.invalid + b.invalid,
});

/** Valid ballots (有效票): every ballot with one of the three choices; spoiled ones are not counted. */
export const validBallots = (t: Tally) => t.satisfied + t.basic + t.unsatisfied;
/** Ballots returned, spoiled ones included. */
export const ballotsReturned = (t: Tally) => validBallots(t) + t.invalid;

/** Tallies the online ballots' choices. */
export function tallyChoices(choices: readonly string[]): Tally {
  const t = { ...EMPTY_TALLY };
  for (const c of choices) {
    if (c === "SATISFIED") t.satisfied++;
    else if (c === "BASICALLY_SATISFIED") t.basic++;
    else if (c === "UNSATISFIED") t.unsatisfied++;
  }
  return t;
}

/** Whole percent, half up (the kernel's, lib/text/percent.ts; re-exported for this domain's callers). */
export { wholePercent };

/**
 * 满意率 as the documents write it (民政办 94%): by default (满意 + 基本满意) ÷ 有效票; with the setting
 * `supervision.rateCountsSatisfiedOnly` (local practice), 满意 ÷ 有效票. A whole percent, or null with no
 * valid ballot.
 */
export function satisfactionRate(t: Tally, satisfiedOnly = false): number | null {
  return wholePercent(rateNumerator(t, satisfiedOnly), validBallots(t));
}

export const rateNumerator = (t: Tally, satisfiedOnly = false) => (satisfiedOnly ? t.satisfied : t.satisfied + t.basic);

/** The rule, stated beside every rate (page, print, report). */
export function rateRuleText(satisfiedOnly = false): string {
  return satisfiedOnly
    ? "满意率 =“满意”票数 ÷ 有效票数（本乡镇规定只计“满意”），四舍五入取整；废票不计入有效票。"
    : "满意率 =（“满意”票数 +“基本满意”票数）÷ 有效票数，四舍五入取整；废票不计入有效票。";
}

/** "16/17 = 94%": the rate with its figures, as on the result sheet. */
export function rateWithFigures(t: Tally, satisfiedOnly = false): string {
  const rate = satisfactionRate(t, satisfiedOnly);
  return rate === null ? "—" : `${rateNumerator(t, satisfiedOnly)}/${validBallots(t)} = ${rate}%`;
}

// ── Ballot limits and reconciliation ────────────────────────────────────────

/**
 * Paper counts the office keys in for one poll: with the online ballots already cast, the ballots
 * returned cannot exceed the participants (应参加人数). Returns the Chinese message, or null.
 */
export function checkPaperCounts(paper: Tally, onlineBallots: number, participants: number): string | null {
  const total = ballotsReturned(paper) + onlineBallots;
  if (total <= participants) return null;
  return `纸质票：纸质 ${ballotsReturned(paper)} + 网上 ${onlineBallots} = 合计 ${total}，超过参加测评人数 ${participants}`;
}

/**
 * One more online ballot: the voter must be a participant and must not have voted in this poll,
 * and the poll may not be full (paper ballots keyed already count). Returns the refusal, or null.
 */
export function checkOnlineBallot(p: {
  participant: boolean;
  alreadyVoted: boolean;
  paperBallots: number;
  onlineBallots: number;
  participants: number;
  open: boolean;
}): string | null {
  if (!p.participant) return "您不是本次活动的参加人员，不能投票";
  if (!p.open) return "测评未开始或已结束";
  if (p.alreadyVoted) return "您已对该对象投过票，不能重复投票";
  if (p.paperBallots + p.onlineBallots + 1 > p.participants)
    return `票数已达参加测评人数 ${p.participants}，不能再投票`;
  return null;
}

export interface Reconciliation {
  paper: number;
  online: number;
  total: number;
  participants: number;
  /** "纸质 N + 网上 M = 合计 T" */
  text: string;
  /** Participants who have not returned a ballot either way. */
  outstanding: number;
}

/** The office's check of one poll: "纸质 N + 网上 M = 合计 T" against the participants. */
export function reconcile(paper: Tally, onlineBallots: number, participants: number): Reconciliation {
  const p = ballotsReturned(paper);
  const total = p + onlineBallots;
  return {
    paper: p,
    online: onlineBallots,
    total,
    participants,
    text: `纸质 ${p} + 网上 ${onlineBallots} = 合计 ${total}`,
    outstanding: Math.max(0, participants - total),
  };
}
