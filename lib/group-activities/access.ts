// Loading a group activity the actor may see, and what the actor is to the groups: the first step of every
// read and write of one activity.
import type { Actor } from "@/lib/auth/actor";
import type { ScopedDb, ScopedTx } from "@/lib/db/township-scope";
import { lockAndRead } from "@/lib/db/locks";
import { AppError, notFound } from "@/lib/http/errors";
import type { GroupActivity } from "@/lib/generated/prisma/client";
import { canRecordFor, visibleActivityWhere, type DeputyGroups } from "@/lib/group-activities/policy";

type Db = ScopedDb | ScopedTx;
export const NOT_FOUND = "代表小组活动不存在";

/** The actor's own group and the groups they lead (empty unless a deputy record is linked). */
export async function deputyGroupsOf(db: Db, actor: Actor): Promise<DeputyGroups> {
  if (!actor.deputyId) return { groupId: null, leads: [] };
  const [d, leads] = await Promise.all([
    db.deputy.findUnique({ where: { id: actor.deputyId }, select: { groupId: true } }),
    db.representativeGroup.findMany({ where: { leaderId: actor.deputyId }, select: { id: true } }),
  ]);
  return { groupId: d?.groupId ?? null, leads: leads.map((g) => g.id) };
}

/** The activity if the actor may see it, else 404; with `forRecording`, 403 when they may see but not record. */
export async function loadActivity(
  db: Db,
  actor: Actor,
  id: string,
  opts: { lock?: boolean; forRecording?: boolean } = {},
) {
  if (opts.lock) await lockAndRead<GroupActivity>(db, "GroupActivity", id, actor.townshipId);
  const mine = await deputyGroupsOf(db, actor);
  const a = await db.groupActivity.findFirst({ where: { AND: [{ id }, visibleActivityWhere(actor, mine)] } });
  if (!a) throw notFound(NOT_FOUND);
  if (opts.forRecording && !canRecordFor(actor, a.townshipId, a.groupId, mine))
    throw new AppError("FORBIDDEN", "只有人大办或本小组组长可以登记本小组的活动");
  return { activity: a, mine };
}
