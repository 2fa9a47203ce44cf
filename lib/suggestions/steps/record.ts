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

/**
 * The facts read from the database, inside the step's transaction — one statement (every step
 * pays for it, so one round trip rather than three), filtered by the township as the scoped client would.
 */
export async function loadStepRecord(
  db: ScopedDb | ScopedTx,
  actor: Actor,
  s: Suggestion,
  rel: Relation,
  settings: Settings,
): Promise<StepRecord> {
  const coUnit = rel.unit === "CO" && actor.unitId ? actor.unitId : null;
  const [facts] = await db.$queryRaw<StepFacts[]>`
    SELECT
      (SELECT count(*)::int FROM "SuggestionEvent" e
        WHERE e."suggestionId" = ${s.id}::uuid AND e."townshipId" = ${s.townshipId}::uuid AND e."type" = 'delay'
      ) AS "delayEvents",
      EXISTS (SELECT 1 FROM "SuggestionAssignment" a
        WHERE a."suggestionId" = ${s.id}::uuid AND a."townshipId" = ${s.townshipId}::uuid
          AND a."unitId" = ${coUnit}::uuid AND NOT a."lead" AND a."active" AND a."inputAt" IS NULL
      ) AS "coInputOwed",
      (SELECT count(*)::int FROM "SuggestionAssignment" a
        WHERE a."suggestionId" = ${s.id}::uuid AND a."townshipId" = ${s.townshipId}::uuid
          AND NOT a."lead" AND a."active" AND a."inputAt" IS NULL
      ) AS "coInputsOwed",
      (SELECT count(*)::int FROM "SuggestionEvent" e
        WHERE e."suggestionId" = ${s.id}::uuid AND e."townshipId" = ${s.townshipId}::uuid AND e."type" = 'contact'
          AND e."unitId" = ${s.leadUnitId}::uuid
      ) AS "leadContacts"`;
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
