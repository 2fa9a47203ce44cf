import type { Actor } from "@/lib/auth/actor";
import { scopedDb } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { notFound, validation } from "@/lib/http/errors";
import { getSettings } from "@/lib/settings";
import { linkCountWarning } from "@/lib/roster/rules";
import type { PresidiumLinksInput } from "@/lib/roster/schema";
import { currentTerm } from "@/lib/roster/terms";
import { deputyNameOrderBy, nameOrder } from "@/lib/roster/name-order";

/** Presidium members (chair and presidium accounts) with their linked deputies, warnings, and deputies linked to nobody. */
export async function presidiumOverview(actor: Actor) {
  const sdb = scopedDb(actor.townshipId);
  const [term, settings, names] = await Promise.all([currentTerm(sdb), getSettings(), nameOrder()]);
  const [members, unlinked] = await Promise.all([
    sdb.user.findMany({
      where: { role: { in: ["CHAIR", "PRESIDIUM"] }, active: true },
      orderBy: [{ role: "asc" }, { displayName: "asc" }],
      select: {
        id: true,
        displayName: true,
        role: true,
        linkedDeputies: {
          where: { deputy: { termId: term?.id ?? "", status: "SITTING" } },
          select: { deputy: { select: { id: true, name: true } } },
          orderBy: deputyNameOrderBy(names).map((o) => ({ deputy: o })),
        },
      },
    }),
    sdb.deputy.findMany({
      where: { termId: term?.id ?? "", status: "SITTING", presidiumLinks: { none: {} } },
      select: { id: true, name: true },
      orderBy: deputyNameOrderBy(names),
    }),
  ]);
  const min = settings["roster.presidiumLinkMin"];
  const max = settings["roster.presidiumLinkMax"];
  return {
    min,
    max,
    members: members.map((m) => {
      const deputies = m.linkedDeputies.map((l) => l.deputy);
      return {
        id: m.id,
        displayName: m.displayName,
        role: m.role,
        deputies,
        warning: linkCountWarning(deputies.length, min, max),
      };
    }),
    unlinked,
  };
}

/** Replaces the set of deputies a presidium member is linked to. */
export async function setPresidiumLinks(actor: Actor, memberId: string, input: PresidiumLinksInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const member = await tx.user.findUnique({ where: { id: memberId } });
    if (!member || (member.role !== "PRESIDIUM" && member.role !== "CHAIR")) throw notFound("主席团成员不存在");
    const term = await currentTerm(tx);
    const ids = [...new Set(input.deputyIds)];
    const found = await tx.deputy.count({ where: { id: { in: ids }, termId: term?.id ?? "", status: "SITTING" } });
    if (found !== ids.length) throw validation({ deputyIds: "联系代表：须是本届在任代表" });
    const before = await tx.presidiumLink.findMany({ where: { memberId }, select: { deputyId: true } });
    await tx.presidiumLink.deleteMany({ where: { memberId, deputyId: { notIn: ids } } });
    const existing = new Set(before.map((b) => b.deputyId));
    const added = ids.filter((id) => !existing.has(id));
    if (added.length)
      await tx.presidiumLink.createMany({
        data: added.map((deputyId) => ({ townshipId: actor.townshipId, memberId, deputyId })),
      });
    await recordAudit(tx, subjectOf(actor), {
      action: "presidium_link.updated",
      recordType: "User",
      recordId: memberId,
      before: { deputyIds: before.map((b) => b.deputyId) },
      after: { deputyIds: ids },
    });
    return { memberId, deputyIds: ids };
  });
}
