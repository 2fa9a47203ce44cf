// Who sees a petition: the office and the chair all of their township's; a unit only the cases handed
// to it (an active PetitionAssignment — nothing reaches a unit before the 转办 step creates one); a
// deputy only the petitions they took at a reception day; nobody else. A petition someone may not see
// answers 404 (its existence is not disclosed). The first step of every read and write of one petition.
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import type { Action } from "@/lib/auth/permissions";
import type { ScopedDb, ScopedTx } from "@/lib/db/township-scope";
import type { Petition, Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/http/errors";

type Db = ScopedDb | ScopedTx;

/** Matches no row: a unit or deputy account without its unit or deputy. */
const NOTHING: Prisma.PetitionWhereInput = { id: { in: [] } };

/**
 * The petitions the actor may see, as a `where` (the scoped client adds the township). Use it in every
 * list, count and search over petitions.
 */
export function visiblePetitionWhere(actor: Actor): Prisma.PetitionWhereInput {
  switch (actor.role) {
    case "OFFICE":
    case "CHAIR":
      return {};
    case "UNIT":
      return actor.unitId ? { assignments: { some: { unitId: actor.unitId, active: true } } } : NOTHING;
    case "DEPUTY":
      return actor.deputyId ? { receivedByDeputyId: actor.deputyId } : NOTHING;
    default:
      return NOTHING;
  }
}

/** The same rule for one row already read (e.g. under its lock); checks assignments for a unit. */
async function visibleRow(db: Db, actor: Actor, row: Petition): Promise<boolean> {
  const where = visiblePetitionWhere(actor);
  if (Object.keys(where).length === 0) return true;
  return (await db.petition.count({ where: { id: row.id, ...where } })) > 0;
}

/**
 * Loads a petition the actor may see, for `action` (403 when the role may never take it); 404 when it
 * does not exist for them. `row`: the caller read it already (under its lock, lib/db/locks.ts
 * `lockAndRead`); null: there is none.
 */
export async function loadPetition(
  db: Db,
  actor: Actor,
  id: string,
  action: Action = "petition.view",
  row?: Petition | null,
): Promise<Petition> {
  assertCan(actor, action);
  if (row !== undefined) {
    if (!row || !(await visibleRow(db, actor, row))) throw notFound("信访件不存在");
    return row;
  }
  const p = await db.petition.findFirst({ where: { id, ...visiblePetitionWhere(actor) } });
  if (!p) throw notFound("信访件不存在");
  return p;
}
