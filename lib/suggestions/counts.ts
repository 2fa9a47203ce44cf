// The counts of one group of suggestions (all, one unit, one session …) and the rates derived
// from them. Pure: the counting itself is SQL in figures.ts.
import { onTimeRate, percent, satisfactionRate } from "@/lib/suggestions/rules";

/** One group's counts as PostgreSQL returns them (counts are bigint). */
export interface CountRow {
  total: bigint | number;
  replied: bigint | number;
  on_time: bigint | number;
  class_a: bigint | number;
  class_b: bigint | number;
  class_c: bigint | number;
  rated: bigint | number;
  satisfied: bigint | number;
  basically: bigint | number;
  unsatisfied: bigint | number;
  rehandled: bigint | number;
  rehandlings: bigint | number;
  delayed: bigint | number;
  overdue: bigint | number;
  overdue_unanswered: bigint | number;
  in_hand: bigint | number;
}

export interface Counts {
  /** Suggestions counted (not drafts, withdrawn or merged ones). For a unit: those it leads. */
  total: number;
  /** Answered at least once (a suggestion now being re-handled was answered). */
  replied: number;
  /** The first reply came on or before the due date then in force (deadline, or the delay notice's date). */
  onTime: number;
  /** Past the due date and never answered: counted against the on-time rate. */
  overdueUnanswered: number;
  /** onTime ÷ (replied + overdueUnanswered): lib/suggestions/rules.ts onTimeRate. */
  onTimeRate: number | null;
  /** By the class of the latest reply. */
  byClass: { A: number; B: number; C: number };
  /** Class A (已解决或基本解决) over replied: 办成率. */
  resolvedRate: number | null;
  /** Rated: by the latest rating of each suggestion. */
  rated: number;
  satisfied: number;
  basicallySatisfied: number;
  unsatisfied: number;
  /** (满意 + 基本满意) / rated. */
  satisfactionRate: number | null;
  /** Sent back at least once by a 不满意 rating (件), and how many times in all (次). */
  rehandled: number;
  rehandlings: number;
  /** With a delay notice (延办). */
  delayed: number;
  /** Assigned or being re-handled and past the due date today (China time). */
  overdue: number;
  /** Assigned or being re-handled (办理中). */
  inHand: number;
}

/** A PostgreSQL count (bigint) as a number. */
export const n = (v: bigint | number | null | undefined) => Number(v ?? 0);

/** A group's counts and the rates derived from them (pure; unit-tested). */
export function countsOf(r: CountRow): Counts {
  const replied = n(r.replied);
  const byClass = { A: n(r.class_a), B: n(r.class_b), C: n(r.class_c) };
  const rated = n(r.rated);
  const satisfied = n(r.satisfied);
  const basicallySatisfied = n(r.basically);
  return {
    total: n(r.total),
    replied,
    onTime: n(r.on_time),
    overdueUnanswered: n(r.overdue_unanswered),
    onTimeRate: onTimeRate(n(r.on_time), replied, n(r.overdue_unanswered)),
    byClass,
    resolvedRate: percent(byClass.A, replied),
    rated,
    satisfied,
    basicallySatisfied,
    unsatisfied: n(r.unsatisfied),
    satisfactionRate: satisfactionRate(satisfied, basicallySatisfied, rated),
    rehandled: n(r.rehandled),
    rehandlings: n(r.rehandlings),
    delayed: n(r.delayed),
    overdue: n(r.overdue),
    inHand: n(r.in_hand),
  };
}

export const EMPTY_COUNTS: Counts = countsOf({
  total: 0,
  replied: 0,
  on_time: 0,
  class_a: 0,
  class_b: 0,
  class_c: 0,
  rated: 0,
  satisfied: 0,
  basically: 0,
  unsatisfied: 0,
  rehandled: 0,
  rehandlings: 0,
  delayed: 0,
  overdue: 0,
  overdue_unanswered: 0,
  in_hand: 0,
});
