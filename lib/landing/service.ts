import type { Actor } from "@/lib/auth/actor";
import { scopedDb } from "@/lib/db/township-scope";
import { listNotifications } from "@/lib/notifications/reader";
import { reminderCounts } from "@/lib/suggestions/public";
import { groupOrderBy } from "@/lib/roster/public";

async function termOverview(actor: Actor) {
  const sdb = scopedDb(actor.townshipId);
  const term = await sdb.term.findFirst({ where: { isCurrent: true } });
  if (!term) return { term: null, sitting: 0, groups: [] as { id: string; name: string; members: number }[] };
  const [sitting, groups] = await Promise.all([
    sdb.deputy.count({ where: { termId: term.id, status: "SITTING" } }),
    sdb.representativeGroup.findMany({
      orderBy: groupOrderBy,
      select: {
        id: true,
        name: true,
        _count: { select: { members: { where: { termId: term.id, status: "SITTING" } } } },
      },
    }),
  ]);
  return { term, sitting, groups: groups.map((g) => ({ id: g.id, name: g.name, members: g._count.members })) };
}

/** What each role's landing page shows, all of it read within the actor's township. */
export async function getLanding(actor: Actor) {
  const sdb = scopedDb(actor.townshipId);
  switch (actor.role) {
    case "OFFICE": {
      const [overview, units, accounts, recent, reminders] = await Promise.all([
        termOverview(actor),
        sdb.handlingUnit.count({ where: { active: true } }),
        sdb.user.count({ where: { active: true } }),
        sdb.auditLog.findMany({
          orderBy: { id: "desc" },
          take: 8,
          select: { id: true, createdAt: true, username: true, action: true },
        }),
        reminderCounts(actor),
      ]);
      return {
        kind: "OFFICE" as const,
        ...overview,
        units,
        accounts,
        reminders,
        recent: recent.map((r) => ({ ...r, id: r.id.toString() })),
      };
    }
    case "CHAIR":
    case "PRESIDIUM": {
      const [overview, units, reminders] = await Promise.all([
        termOverview(actor),
        sdb.handlingUnit.count({ where: { active: true } }),
        reminderCounts(actor),
      ]);
      return { kind: actor.role, ...overview, units, reminders };
    }
    case "DEPUTY": {
      const deputy = actor.deputyId
        ? await sdb.deputy.findUnique({
            where: { id: actor.deputyId },
            include: { group: { select: { name: true } }, term: { select: { number: true } } },
          })
        : null;
      return { kind: "DEPUTY" as const, deputy, notifications: await listNotifications(actor) };
    }
    case "UNIT": {
      const [unit, notifications, reminders] = await Promise.all([
        actor.unitId ? sdb.handlingUnit.findUnique({ where: { id: actor.unitId } }) : null,
        listNotifications(actor),
        reminderCounts(actor),
      ]);
      return { kind: "UNIT" as const, unit, notifications, reminders };
    }
  }
}

export type Landing = Awaited<ReturnType<typeof getLanding>>;
