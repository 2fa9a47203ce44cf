// TEMPORARY stand-in until petreg lands lib/petitions/access.ts (replaced at merge; not to be landed).
import type { Actor } from "@/lib/auth/actor";
import type { Action } from "@/lib/auth/permissions";
import { assertCan } from "@/lib/auth/policy";
import type { ScopedDb, ScopedTx } from "@/lib/db/township-scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/http/errors";

export function visiblePetitionWhere(actor: Actor): Prisma.PetitionWhereInput {
  if (actor.role === "UNIT")
    return { assignments: { some: { unitId: actor.unitId ?? "00000000-0000-0000-0000-000000000000", active: true } } };
  if (actor.role === "OFFICE" || actor.role === "CHAIR") return {};
  return { id: "00000000-0000-0000-0000-000000000000" };
}

export async function loadPetition(db: ScopedDb | ScopedTx, actor: Actor, id: string, action: Action) {
  assertCan(actor, action);
  const p = await db.petition.findFirst({ where: { id, ...visiblePetitionWhere(actor) } });
  if (!p) throw notFound("信访件不存在");
  return p;
}
