// A handling unit's view of the roster (need to know): only the deputies whose suggestions it handles.
import type { Actor } from "@/lib/auth/actor";
import { scopedDb } from "@/lib/db/township-scope";
import { unitDeputyWhere } from "@/lib/suggestions/public";

/** Whether the actor is a unit handling a suggestion of this deputy (lib/suggestions' need to know). */
export async function handledByUnit(actor: Actor, deputyId: string): Promise<boolean> {
  if (actor.role !== "UNIT" || !actor.unitId) return false;
  const where = { id: deputyId, ...unitDeputyWhere(actor.unitId) };
  return !!(await scopedDb(actor.townshipId).deputy.findFirst({ where, select: { id: true } }));
}
