// The shape of one step of the petition handling chain (one file per step in this folder; the table is
// table.ts). A step says who may take it, whether it may happen now (with the Chinese reason when not),
// and what it writes; lib/petitions/transitions.ts is the envelope that locks, loads, checks, runs, records
// the timeline event and audits — one transaction.
import type { Actor } from "@/lib/auth/actor";
import type { AuditAction } from "@/lib/audit/actions";
import { can } from "@/lib/auth/policy";
import type { Action } from "@/lib/auth/permissions";
import type { ScopedTx } from "@/lib/db/township-scope";
import type { Petition, PetitionState, Prisma } from "@/lib/generated/prisma/client";
import type { Notice } from "@/lib/notifications/types";
import type { ClockSettings } from "@/lib/petitions/clock";
import { chainAllows, type ChainRecord } from "@/lib/petitions/rules";
import type { PetitionStepName } from "@/lib/petitions/chain-labels";
import type { PetitionTransitionInput } from "@/lib/petitions/transition-schema";
import type { WorkingCalendar } from "@/lib/time/working-days";

/** An active assignment (转办) of the case to a unit. */
export interface AssignmentFact {
  unitId: string;
  unitName: string;
  lead: boolean;
  assignedOn: Date;
  returnBy: Date | null;
}

/** What a step's availability looks at: the record as this actor stands to it. */
export interface PetitionStepRecord extends ChainRecord {
  id: string;
  townshipId: string;
  receivedOn: Date;
  dueDate: Date | null;
  accusedUnitId: string | null;
  /** The active assignments, lead first. */
  assignments: readonly AssignmentFact[];
  /** The actor's unit's active assignment, if any. */
  mine: AssignmentFact | null;
  /** The actor is recused from this case (Art. 28). */
  recused: boolean;
  /** The day of the last reply (the written answer the 复查 clock starts from). */
  lastAnsweredOn: Date | null;
  /** The day of the latest 转办 (a reminder or reply may not precede it). */
  lastTransferredOn: Date | null;
  /** The day the last 拟办 / 批办 happened (a later step may not precede it). */
  lastChainDay: Date | null;
}

export type StepInput<N extends PetitionStepName> = Extract<PetitionTransitionInput, { step: N }>;

export interface RunContext {
  actor: Actor;
  p: Petition;
  r: PetitionStepRecord;
  today: Date;
  clock: ClockSettings;
  calendar: WorkingCalendar;
  /** The office takes the step on the chair's or a unit's behalf (代录: a paper approval or reply keyed in). */
  onBehalf: boolean;
}

export interface StepOutcome {
  /** The state it leads to (absent: unchanged). */
  to?: PetitionState;
  data?: Prisma.PetitionUncheckedUpdateInput;
  /** The timeline event's type (the step's own unless given) and note. */
  event?: { type?: string; note?: string | null };
  /** The day it really happened; for a 代录 entry whose it is (the chair's or the unit's name). */
  entry: { day: Date; onBehalfOf?: string };
  /** Added to the audit row's `after`. */
  audit?: Record<string, unknown>;
  /** The audit action when the step's outcome has its own (批办退回). */
  action?: Extract<AuditAction, `petition.${string}`>;
  /** Notices written in the transaction (the unit told of a transfer, a reminder …). */
  notices?: Notice[];
}

export interface PetitionStep<N extends PetitionStepName = PetitionStepName> {
  name: N;
  /** The step's title on the page (some read the actor: 代录回复). */
  label(actor: Actor, r: PetitionStepRecord): string;
  /** Who may take the step at all: false is a 403 (or the step is not shown). */
  who(actor: Actor, r: PetitionStepRecord): boolean;
  /** Whether the step may be taken now by this actor: true or why not (409 when `who` holds). */
  available(actor: Actor, r: PetitionStepRecord, today: Date): true | string;
  audit: Extract<AuditAction, `petition.${string}`>;
  /** The office keys it on someone's behalf (代录): the form asks for their date. */
  onBehalf?(actor: Actor, r: PetitionStepRecord): boolean;
  run(tx: ScopedTx, ctx: RunContext, input: StepInput<N>): Promise<StepOutcome>;
}

export const NOT_YOURS = "您无权执行此操作";
export const RECUSED = "您已回避此信访件（第二十八条），不能办理";

export const may = (actor: Actor, r: { townshipId: string }, action: Action) =>
  can(actor, action, { townshipId: r.townshipId });
/** The office's own steps. */
export const office = (actor: Actor, r: { townshipId: string }) => may(actor, r, "petition.handle");
/** The office may key the chair's or a unit's paper form in (代录). */
export const mayEnterOnBehalf = (actor: Actor, r: { townshipId: string }) => may(actor, r, "petition.enter_on_behalf");

/**
 * A step from its parts: `available` is the recusal (Art. 28), then `who`, then the chain's rule
 * (rules.ts), then the step's own `when` — the table answers the service (403 / 409) and the page alike.
 */
export function defineStep<N extends PetitionStepName>(
  step: Omit<PetitionStep<N>, "available" | "label"> & {
    label: string | ((actor: Actor, r: PetitionStepRecord) => string);
    when?(r: PetitionStepRecord, actor: Actor, today: Date): true | string;
  },
): PetitionStep<N> {
  const { when, label, ...rest } = step;
  return {
    ...rest,
    label: typeof label === "string" ? () => label : label,
    available: (actor, r, today) => {
      if (r.recused) return RECUSED;
      if (!step.who(actor, r)) return NOT_YOURS;
      const chain = chainAllows(step.name, r);
      if (chain !== true) return chain;
      return when ? when(r, actor, today) : true;
    },
  };
}
