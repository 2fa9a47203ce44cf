import type { Actor } from "@/lib/auth/actor";
import { rolesFor, type Action } from "@/lib/auth/permissions";
import { AppError } from "@/lib/http/errors";

/** A record the policy may be asked about: its township and, where relevant, its owner. */
export interface PolicyResource {
  townshipId?: string;
  /** The user the record belongs to (an account, say). */
  userId?: string;
  deputyId?: string | null;
  unitId?: string | null;
}

/**
 * Deny by default: an unknown action, a role not in the table or a record of another township
 * is refused. Record rules for roles that only see their own records live here too.
 */
export function can(actor: Actor | null | undefined, action: Action | string, resource?: PolicyResource): boolean {
  if (!actor) return false;
  if (!rolesFor(action).includes(actor.role)) return false;
  if (!resource) return true;
  if (resource.townshipId !== undefined && resource.townshipId !== actor.townshipId) return false;
  if (action === "unit.view" && actor.role === "UNIT") return !!actor.unitId && resource.unitId === actor.unitId;
  // A deputy edits only their own record (and only its contact fields: lib/roster/deputies.ts).
  if (action === "deputy.update" && actor.role === "DEPUTY")
    return !!actor.deputyId && resource.deputyId === actor.deputyId;
  return true;
}

/**
 * Throws FORBIDDEN (or NOT_FOUND where the record's existence is private, e.g. another township's
 * record) when `can` says no.
 */
export function assertCan(
  actor: Actor,
  action: Action,
  resource?: PolicyResource,
  hideAs: "FORBIDDEN" | "NOT_FOUND" = "FORBIDDEN",
) {
  if (can(actor, action, resource)) return;
  if (resource?.townshipId !== undefined && resource.townshipId !== actor.townshipId) throw new AppError("NOT_FOUND");
  throw new AppError(hideAs);
}
