import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import type { SessionEditAction } from "@/lib/audit/actions";

/** Deputies read the sessions of their own term; office, chair and presidium read all of the township's. */
export function canViewSession(
  actor: Actor,
  session: { townshipId: string; termId: string },
  deputyTermId: string | null,
): boolean {
  if (!can(actor, "session.view", { townshipId: session.townshipId })) return false;
  return actor.role !== "DEPUTY" || deputyTermId === session.termId;
}

/** Audit action for a change: edits to a closed (archived) session are marked as such. */
export const editAction = <A extends SessionEditAction>(session: { status: string }, action: A) =>
  session.status === "CLOSED" ? (`${action}_after_close` as const) : action;
