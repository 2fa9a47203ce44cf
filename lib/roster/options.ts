import type { Actor } from "@/lib/auth/actor";
import { scopedDb } from "@/lib/db/township-scope";
import { currentTerm } from "@/lib/roster/terms";
import { constituencyNames } from "@/lib/roster/constituencies";
import { deputyNameOrderBy, groupOrderBy, nameOrder } from "@/lib/roster/name-order";

/** Choices for the roster's forms and filters: groups, the term's 选区 (natural order), parties, sitting deputies. */
export async function rosterOptions(actor: Actor) {
  const sdb = scopedDb(actor.townshipId);
  const term = await currentTerm(sdb);
  const termId = term?.id ?? "";
  const names = await nameOrder();
  const [groups, constituencies, parties, deputies] = await Promise.all([
    sdb.representativeGroup.findMany({ select: { id: true, name: true }, orderBy: groupOrderBy }),
    constituencyNames(sdb, termId),
    sdb.deputy.findMany({ where: { termId }, distinct: ["party"], select: { party: true }, orderBy: { party: "asc" } }),
    sdb.deputy.findMany({
      where: { termId, status: "SITTING" },
      select: { id: true, name: true, groupId: true },
      orderBy: deputyNameOrderBy(names),
    }),
  ]);
  return {
    term: term ? { id: term.id, number: term.number } : null,
    groups,
    constituencies,
    parties: parties.map((p) => p.party),
    deputies,
  };
}
