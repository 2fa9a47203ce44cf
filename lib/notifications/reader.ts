import type { Actor } from "@/lib/auth/actor";
import { scopedDb } from "@/lib/db/township-scope";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The actor's notices: their own as a user, a deputy's own, a unit user's unit's. */
function mine(actor: Actor): Prisma.NotificationWhereInput {
  const or: Prisma.NotificationWhereInput[] = [{ userId: actor.userId }];
  if (actor.role === "DEPUTY" && actor.deputyId) or.push({ deputyId: actor.deputyId });
  if (actor.role === "UNIT" && actor.unitId) or.push({ unitId: actor.unitId });
  return { OR: or };
}

export interface NoticeItem {
  id: string;
  message: string;
  subject: { type: string; id: string } | null;
  link: string | null;
  read: boolean;
  at: Date;
}

/** The actor's latest notices (newest first) and how many are unread, in their township only. */
export async function listNotifications(actor: Actor, take = 20): Promise<{ items: NoticeItem[]; unread: number }> {
  const where = mine(actor);
  const sdb = scopedDb(actor.townshipId);
  const [items, unread] = await Promise.all([
    sdb.notification.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "asc" }], take }),
    sdb.notification.count({ where: { AND: [where, { readAt: null }] } }),
  ]);
  return {
    items: items.map((n) => ({
      id: n.id,
      message: n.message,
      subject: n.subjectType && n.subjectId ? { type: n.subjectType, id: n.subjectId } : null,
      link: n.link,
      read: !!n.readAt,
      at: n.createdAt,
    })),
    unread,
  };
}

/** Marks the actor's unread notices read: all of them, or only the one given. */
export async function markRead(actor: Actor, id?: string): Promise<{ updated: number }> {
  const { count } = await scopedDb(actor.townshipId).notification.updateMany({
    where: { AND: [mine(actor), { readAt: null }, ...(id ? [{ id }] : [])] },
    data: { readAt: new Date() },
  });
  return { updated: count };
}
