// The shape of one step of the suggestion workflow (one file per step in this folder; the table is
// table.ts). A step says who may take it, whether it may happen now (with the reason in Chinese when
// not), and what it writes; transitions.ts is the envelope that loads, checks, runs and audits.
import type { Actor } from "@/lib/auth/actor";
import type { AuditAction } from "@/lib/audit/actions";
import { can } from "@/lib/auth/policy";
import type { ScopedTx } from "@/lib/db/township-scope";
import type { Prisma, Suggestion, SuggestionState } from "@/lib/generated/prisma/client";
import type { Settings } from "@/lib/settings";
import type { Relation } from "@/lib/suggestions/policy";
import type { RatingInput, TransitionInput } from "@/lib/suggestions/schema";

/** What a step's availability looks at: the record as this actor stands to it. */
export interface StepRecord {
  townshipId: string;
  kind: Suggestion["kind"];
  state: SuggestionState;
  published: boolean;
  motionDecision: Suggestion["motionDecision"];
  relation: Relation;
  /** A delay notice (延办反馈书) has been sent; there is only ever one. */
  delayed: boolean;
  /** The actor's unit, as a co-unit, still owes its input (协办意见) in this round. */
  coInputOwed: boolean;
  /** How many co-units still owe their input in this round (the office may key one in for them). */
  coInputsOwed: number;
  /** The last day the lead unit may send a wrong assignment back; null when not assigned. */
  returnBy: Date | null;
  /** The return window's length in working days (a setting), for the reason's wording. */
  returnWorkingDays: number;
  /** The township requires a contact record (联系代表) of the lead unit before the reply, and there is none yet. */
  contactRequired: boolean;
}

export type TransitionName = TransitionInput["action"];
export type StepName = TransitionName | "rate";
export type StepInput<N extends StepName> = N extends "rate" ? RatingInput : Extract<TransitionInput, { action: N }>;

/** What the envelope needs to run a step inside its transaction. */
export interface RunContext {
  actor: Actor;
  /** The suggestion as loaded (and locked) before the step. */
  s: Suggestion;
  today: Date;
  settings: Settings;
  /** The office takes the step on a unit's or a deputy's behalf (代录: a paper form keyed in). */
  onBehalf: boolean;
}

/** What a step wrote or wants written: the envelope updates the row, adds the timeline event and the audit row. */
export interface StepOutcome {
  to?: SuggestionState;
  data?: Prisma.SuggestionUncheckedUpdateInput;
  event?: {
    note?: string | null;
    replyClass?: "A" | "B" | "C";
    rating?: RatingInput["rating"];
    date?: Date;
    late?: boolean;
    /** The unit the event is filed under; the actor's unit unless given (null for a deputy's rating). */
    unitId?: string | null;
  };
  /**
   * The day it really happened (a paper reply's date, an assignment keyed later) and, for a 代录
   * entry, whose it is; the envelope stores both on the event and the audit row (lib/records/on-behalf.ts).
   */
  entry?: { day: Date; onBehalfOf?: string };
  /** Added to the audit row's `after` (the step's note by default). */
  audit?: Record<string, unknown>;
}

export interface SuggestionStep<N extends StepName = StepName> {
  name: N;
  /** The step's title on the page (some read the record: 答复 / 重新答复). */
  label: string | ((r: StepRecord) => string);
  /** Who may take the step at all (the role and the relation); false is a 403. */
  who(actor: Actor, r: StepRecord): boolean;
  /** Whether the step may be taken by this actor on this record now: true, or why not (a 409 when `who` holds). */
  available(actor: Actor, r: StepRecord, now: Date): true | string;
  /** The audit action, past tense, from the catalogue (lib/audit/actions.ts). */
  audit: Extract<AuditAction, `suggestion.${string}`>;
  /** The timeline event's type (the step's name unless given). */
  event?: string;
  /** Files may go with this step (a reply, a delay notice). */
  files?: boolean;
  /** The refusal message when `who` fails (a bare 403 unless given). */
  forbidden?: string;
  /** The message when the version is stale. */
  stale?: string;
  /** Field messages that go with a reason (the form shows them beside the field). */
  fields?: Record<string, Record<string, string>>;
  /** The actor takes the step on someone else's behalf (代录): the office keying a unit's or a deputy's paper form. */
  onBehalf?(actor: Actor, r: StepRecord): boolean;
  /** A reason that is a prerequisite the page shows in the step's place rather than hiding the step. */
  prerequisite?(r: StepRecord): string | null;
  /** How the page presents the step now: a confirmation to ask, whether it is the main next step. */
  ui?(r: StepRecord): { confirm?: string; secondary?: boolean };
  run(tx: ScopedTx, ctx: RunContext, input: StepInput<N>): Promise<StepOutcome>;
}

/** The reason given when the actor may not take a step at all. */
export const NOT_YOURS = "您无权执行此操作";

/** The office may key a unit's or a deputy's paper form in for them (代录). */
export const mayEnterOnBehalf = (actor: Actor, r: StepRecord) =>
  can(actor, "suggestion.enter_on_behalf", { townshipId: r.townshipId });

/** Whether the actor's role may transition suggestions in this township at all (the permission table). */
export const mayTransition = (actor: Actor, r: StepRecord) =>
  can(actor, "suggestion.transition", { townshipId: r.townshipId });

/**
 * A step from its parts: `available` is `who`, then `when` — so every file states the two halves
 * and the table answers both the service (403 or 409) and the page (which steps to show).
 */
export function defineStep<N extends StepName>(
  step: Omit<SuggestionStep<N>, "available"> & { when(r: StepRecord, now: Date): true | string },
): SuggestionStep<N> {
  const { when, ...rest } = step;
  return { ...rest, available: (actor, r, now) => (step.who(actor, r) ? when(r, now) : NOT_YOURS) };
}
