import type { Actor } from "@/lib/auth/actor";
import { scopedDb } from "@/lib/db/township-scope";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Notices for the actor: a deputy's own, a unit user's unit's. Others have none. */
function mine(actor: Actor): Prisma.NotificationWhereInput | null {
  if (actor.role === "DEPUTY" && actor.deputyId) return { deputyId: actor.deputyId };
  if (actor.role === "UNIT" && actor.unitId) return { unitId: actor.unitId };
  return null;
}

export async function listNotifications(actor: Actor, take = 20) {
  const where = mine(actor);
  if (!where) return { items: [], unread: 0 };
  const sdb = scopedDb(actor.townshipId);
  const [items, unread] = await Promise.all([
    sdb.notification.findMany({ where, orderBy: { createdAt: "desc" }, take }),
    sdb.notification.count({ where: { ...where, readAt: null } }),
  ]);
  return {
    items: items.map((n) => ({
      id: n.id,
      message: n.message,
      suggestionId: n.suggestionId,
      read: !!n.readAt,
      at: n.createdAt,
    })),
    unread,
  };
}

export async function markAllRead(actor: Actor) {
  const where = mine(actor);
  if (!where) return { updated: 0 };
  const { count } = await scopedDb(actor.townshipId).notification.updateMany({
    where: { ...where, readAt: null },
    data: { readAt: new Date() },
  });
  return { updated: count };
}
