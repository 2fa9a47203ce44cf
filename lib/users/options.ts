import type { Actor } from "@/lib/auth/actor";
import { scopedDb } from "@/lib/db/township-scope";
import { deputyNameOrderBy, nameOrder } from "@/lib/roster/public";

/** Sitting deputies without an account and active units, for linking a new account. */
export async function listLinkOptions(actor: Actor) {
  const sdb = scopedDb(actor.townshipId);
  const [deputies, units] = await Promise.all([
    sdb.deputy.findMany({
      where: { status: "SITTING", user: null, term: { isCurrent: true } },
      select: { id: true, name: true },
      orderBy: deputyNameOrderBy(await nameOrder()),
    }),
    sdb.handlingUnit.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { deputies, units };
}
