// What the handling panel on a petition's page reads: the steps the viewer may take now (with reasons),
// and for the office the units a case may go to (never the accused unit, Art. 30 para 3) and the
// accounts that may be recused (Art. 28). Null for a role that takes no step (the panel is not shown).
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { scopedDb } from "@/lib/db/township-scope";
import { petitionSteps } from "@/lib/petitions/transitions";

const ROLE_WORDS: Record<string, string> = { OFFICE: "人大办", CHAIR: "主席", UNIT: "承办单位" };

export async function petitionHandlingView(actor: Actor, id: string) {
  if (!can(actor, "petition.transition")) return null;
  const s = await petitionSteps(actor, id);
  const office = can(actor, "petition.handle");
  if (!office) return { ...s, units: [], users: [], dated: false, documents: false };
  const sdb = scopedDb(actor.townshipId);
  const [p, units, users] = await Promise.all([
    sdb.petition.findFirstOrThrow({ where: { id }, select: { accusedUnitId: true } }),
    sdb.handlingUnit.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    sdb.user.findMany({
      where: { active: true, role: { in: ["OFFICE", "CHAIR", "UNIT"] } },
      select: { id: true, displayName: true, role: true, unit: { select: { name: true } } },
      orderBy: [{ role: "asc" }, { displayName: "asc" }],
    }),
  ]);
  return {
    ...s,
    units: units.filter((u) => u.id !== p.accusedUnitId).map((u) => [u.id, u.name] as const),
    users: users.map((u) => [u.id, `${u.displayName}（${u.unit?.name ?? ROLE_WORDS[u.role]}）`] as const),
    dated: true,
    documents: can(actor, "petition.documents"),
  };
}
export type PetitionHandlingView = NonNullable<Awaited<ReturnType<typeof petitionHandlingView>>>;
