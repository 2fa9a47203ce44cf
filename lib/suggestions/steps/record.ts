// The record a step's availability reads, built from a loaded suggestion and the actor's relation.
import type { Actor } from "@/lib/auth/actor";
import type { ScopedDb, ScopedTx } from "@/lib/db/township-scope";
import type { Suggestion } from "@/lib/generated/prisma/client";
import type { Settings } from "@/lib/settings";
import type { Relation } from "@/lib/suggestions/policy";
import { returnDeadline } from "@/lib/handling/deadlines";
import { loadWorkingCalendar } from "@/lib/time/calendar";
import type { WorkingCalendar } from "@/lib/time/working-days";
import type { StepRecord } from "@/lib/suggestions/steps/types";

type Row = Pick<
  Suggestion,
  "townshipId" | "kind" | "state" | "published" | "motionDecision" | "assignedOn" | "delayedTo"
>;

/** The facts beyond the row: whether a delay notice was sent, whether the actor's unit owes co-unit input. */
export interface StepFacts {
  delayEvents: number;
  coInputOwed: boolean;
  /** Co-units still owing input in this round (any unit). */
  coInputsOwed: number;
  /** Contacts with the deputy (联系代表) the lead unit has recorded (timeline events of type contact). */
  leadContacts: number;
}

export function stepRecordOf(
  s: Row,
  rel: Relation,
  facts: StepFacts,
  settings: Settings,
  calendar: WorkingCalendar,
): StepRecord {
  const days = settings["suggestions.returnWorkingDays"];
  return {
    townshipId: s.townshipId,
    kind: s.kind,
    state: s.state,
    published: s.published,
    motionDecision: s.motionDecision,
    relation: rel,
    delayed: !!s.delayedTo || facts.delayEvents > 0,
    coInputOwed: facts.coInputOwed,
    coInputsOwed: facts.coInputsOwed,
    returnBy: s.assignedOn ? returnDeadline(s.assignedOn, calendar, days) : null,
    returnWorkingDays: days,
    contactRequired: settings["suggestions.contactBeforeReply"] === 1 && facts.leadContacts === 0,
  };
}

/** The facts read from the database, inside the step's transaction. */
export async function loadStepRecord(
  db: ScopedDb | ScopedTx,
  actor: Actor,
  s: Suggestion,
  rel: Relation,
  settings: Settings,
): Promise<StepRecord> {
  const [delayEvents, co, coInputsOwed, leadContacts] = await Promise.all([
    s.delayedTo ? 1 : db.suggestionEvent.count({ where: { suggestionId: s.id, type: "delay" } }),
    rel.unit === "CO" && actor.unitId
      ? db.suggestionAssignment.findFirst({
          where: { suggestionId: s.id, unitId: actor.unitId, lead: false, active: true },
          select: { inputAt: true },
        })
      : null,
    db.suggestionAssignment.count({ where: { suggestionId: s.id, lead: false, active: true, inputAt: null } }),
    s.leadUnitId
      ? db.suggestionEvent.count({ where: { suggestionId: s.id, type: "contact", unitId: s.leadUnitId } })
      : 0,
  ]);
  const facts = { delayEvents, coInputOwed: !!co && !co.inputAt, coInputsOwed, leadContacts };
  return stepRecordOf(s, rel, facts, settings, await loadWorkingCalendar());
}

/**
 * A list row's record: enough for the steps that read only the state and the actor's relation
 * (rating, submitting …) — a list does not load delays, co-unit input or the return window.
 */
export function listRecordOf(
  s: Pick<Row, "townshipId" | "kind" | "state" | "published" | "motionDecision">,
  rel: Relation,
): StepRecord {
  return {
    ...s,
    relation: rel,
    delayed: false,
    coInputOwed: false,
    coInputsOwed: 0,
    returnBy: null,
    returnWorkingDays: 0,
    contactRequired: false,
  };
}
