// Who sees which supervision activity and its poll results. The permission table (lib/auth/permissions.ts)
// says which roles may try; these record rules say which records. A ballot itself is never shown to anyone:
// results are counts and rates only (lib/supervision/polls.ts).
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";

export interface ActivityRef {
  townshipId: string;
  state: string;
}

/** What the actor is to this activity. */
export interface ActivityRelation {
  /** The actor's deputy takes part (SupervisionParticipant). */
  participant: boolean;
  /** The actor's unit is evaluated or inspected (a target), or an opinion or rectification task is addressed to it. */
  concernsUnit: boolean;
}

const TOWNSHIP_READERS = ["OFFICE", "CHAIR", "PRESIDIUM"];
const isTownshipReader = (actor: Actor) => TOWNSHIP_READERS.includes(actor.role);

/**
 * The office, chair and presidium read every activity of their township, drafts included (the plan is
 * the presidium's work); a deputy reads the activities they take part in, and a unit those that concern
 * it, once the plan is approved.
 */
export function canViewActivity(actor: Actor, a: ActivityRef, rel: ActivityRelation): boolean {
  if (!can(actor, "supervision.view", { townshipId: a.townshipId })) return false;
  if (isTownshipReader(actor)) return true;
  if (a.state === "DRAFT") return false;
  if (actor.role === "DEPUTY") return rel.participant;
  if (actor.role === "UNIT") return rel.concernsUnit;
  return false;
}

/**
 * Poll results (counts by choice and the rate — never a ballot) once a poll is closed: the office,
 * chair and presidium all of them; a participating deputy all of the activity's; a unit only its own
 * target's. While a poll is open nobody sees its choices, only how many ballots came in
 * ("纸质 N + 网上 M = 合计 T", the office), so a result cannot be read off before and after one vote.
 */
export function resultScope(actor: Actor, a: ActivityRef, rel: ActivityRelation): "ALL" | "OWN_UNIT" | null {
  if (!can(actor, "supervision.results", { townshipId: a.townshipId })) return null;
  if (!canViewActivity(actor, a, rel)) return null;
  if (actor.role === "UNIT") return "OWN_UNIT";
  return "ALL";
}

/** A deputy casts their own ballots in an activity they take part in. */
export const canVote = (actor: Actor, a: ActivityRef, rel: ActivityRelation) =>
  can(actor, "supervision.vote", { townshipId: a.townshipId }) && rel.participant && !!actor.deputyId;

/** The office's reconciliation ("纸质 N + 网上 M = 合计 T"): counts only, never who chose what. */
export const canReconcile = (actor: Actor, a: ActivityRef) =>
  can(actor, "supervision.enter_paper", { townshipId: a.townshipId });
