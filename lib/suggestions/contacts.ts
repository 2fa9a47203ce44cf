// 联系代表: a unit handling a suggestion talks it over with the deputy who raised it. The unit sees the lead
// deputy's phone on the suggestion (need to know), and records each contact — the date, the way (电话、
// 走访、座谈) and the deputy's opinion — on the suggestion's timeline (the `contact` step).
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import type { Relation } from "@/lib/suggestions/policy";

/**
 * Whether the actor sees the lead deputy's phone on this suggestion: the township's staff, and a unit
 * only while the suggestion is assigned to it (as lead or co-unit). Deny by default.
 */
export function mayCallProposer(actor: Actor, s: { townshipId: string }, rel: Relation): boolean {
  if (!can(actor, "suggestion.call_proposer", { townshipId: s.townshipId })) return false;
  return actor.role !== "UNIT" || rel.unit !== null;
}
