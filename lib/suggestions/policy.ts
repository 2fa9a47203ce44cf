import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import type { TransitionInput } from "@/lib/suggestions/schema";

/** What the actor is to this suggestion. */
export interface Relation {
  proposer: boolean;
  leadProposer: boolean;
  /** The actor's unit's part in it: lead unit, co-unit, or none. */
  unit: "LEAD" | "CO" | null;
}

export interface SuggestionRef {
  townshipId: string;
  published: boolean;
}

/**
 * FULL: the office, chair and presidium (their township), the proposers, and the units it is
 * assigned to; PUBLIC: other deputies once it is published — without personal data.
 */
export function suggestionViewFor(actor: Actor, s: SuggestionRef, rel: Relation): "FULL" | "PUBLIC" | null {
  if (!can(actor, "suggestion.view", { townshipId: s.townshipId })) return null;
  if (actor.role === "OFFICE" || actor.role === "CHAIR" || actor.role === "PRESIDIUM") return "FULL";
  if (actor.role === "DEPUTY") return rel.proposer ? "FULL" : s.published ? "PUBLIC" : null;
  return rel.unit ? "FULL" : null;
}

type Action = TransitionInput["action"];

/** Who may take each step; the state machine (rules.ts) then says whether it may happen now. */
export function canTransition(actor: Actor, s: SuggestionRef, rel: Relation, action: Action): boolean {
  if (!can(actor, "suggestion.transition", { townshipId: s.townshipId })) return false;
  switch (action) {
    case "submit":
    case "withdraw":
      return actor.role === "OFFICE" || (actor.role === "DEPUTY" && rel.leadProposer);
    case "register":
    case "merge":
    case "assign":
    case "close":
    case "publish":
      return actor.role === "OFFICE";
    case "decide_motion":
      return actor.role === "OFFICE" || actor.role === "CHAIR";
    case "return":
    case "delay":
    case "reply":
      return actor.role === "UNIT" && rel.unit === "LEAD";
    case "progress":
    case "contact":
      return actor.role === "UNIT" && rel.unit !== null;
  }
}

/** Only a proposer rates the reply. */
export const canRate = (actor: Actor, s: SuggestionRef, rel: Relation) => can(actor, "suggestion.rate", { townshipId: s.townshipId }) && rel.proposer;
