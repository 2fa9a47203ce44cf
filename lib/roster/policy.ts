import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";

/**
 * How much of a deputy's record an actor sees:
 * FULL — the office, and a deputy looking at their own record;
 * CONTACT — chair and presidium: everything but the ID number, which is masked;
 * PUBLIC — other deputies: name, group and level;
 * HANDLING — a handling unit, for the deputies whose suggestions it handles (need to know: it calls them):
 *   name, group and phone; a unit sees no other deputy at all.
 */
export type DeputyView = "FULL" | "CONTACT" | "PUBLIC" | "HANDLING";

/**
 * `handledByUnit`: the deputy proposed a suggestion assigned to the actor's unit (lib/suggestions'
 * `unitDeputyWhere`), as the caller found it; absent means no — deny by default.
 */
export function deputyViewFor(
  actor: Actor,
  deputy: { id: string; townshipId: string; handledByUnit?: boolean },
): DeputyView | null {
  if (!can(actor, "deputy.view", { townshipId: deputy.townshipId })) return null;
  switch (actor.role) {
    case "OFFICE":
      return "FULL";
    case "CHAIR":
    case "PRESIDIUM":
      return "CONTACT";
    case "DEPUTY":
      return actor.deputyId === deputy.id ? "FULL" : "PUBLIC";
    case "UNIT":
      return actor.unitId && deputy.handledByUnit ? "HANDLING" : null;
    case "COUNTY":
      return null;
  }
}

/** Whether an actor edits the whole record or only the contact fields of their own. */
export function deputyEditScope(actor: Actor, deputy: { id: string; townshipId: string }): "ALL" | "CONTACT" | null {
  if (!can(actor, "deputy.update", { townshipId: deputy.townshipId, deputyId: deputy.id })) return null;
  return actor.role === "OFFICE" ? "ALL" : "CONTACT";
}

/** The photo goes with the detailed record: those who see it in full or as contact (not other deputies, not units). */
export function canViewDeputyPhoto(actor: Actor, deputy: { id: string; townshipId: string }): boolean {
  const view = deputyViewFor(actor, deputy);
  return view === "FULL" || view === "CONTACT";
}

/** Only the office changes a photo: a deputy's own edits stop at phone and address. */
export function canChangeDeputyPhoto(actor: Actor, deputy: { id: string; townshipId: string }): boolean {
  return deputyEditScope(actor, deputy) === "ALL";
}
