// Loading a reception day the actor may see, with whether the actor's deputy is on duty there: the first step
// of every read and write of one day.
import type { Actor } from "@/lib/auth/actor";
import type { ScopedDb, ScopedTx } from "@/lib/db/township-scope";
import { lockRow } from "@/lib/db/locks";
import { conflict, notFound } from "@/lib/http/errors";
import { canViewDay } from "@/lib/reception/policy";

type Db = ScopedDb | ScopedTx;

const NOT_FOUND = "接待选民日不存在";

/** A day the actor may see and whether they are on duty there, or 404. */
export async function loadDay(db: Db, actor: Actor, id: string) {
  const [day, duty] = await Promise.all([
    db.receptionDay.findUnique({ where: { id } }),
    actor.role === "DEPUTY" && actor.deputyId
      ? db.receptionDuty.count({ where: { receptionDayId: id, deputyId: actor.deputyId } })
      : 0,
  ]);
  if (!day || !canViewDay(actor, day, duty > 0)) throw notFound(NOT_FOUND);
  return { day, onDuty: duty > 0 };
}

export type LoadedDay = Awaited<ReturnType<typeof loadDay>>["day"];

/**
 * For a write: the day locked (a second request waits, then sees what the first wrote), loaded, and its
 * version checked when one is given (stale → 409).
 */
export async function lockDay(tx: ScopedTx, actor: Actor, id: string, version?: number) {
  await lockRow(tx, "ReceptionDay", id, actor.townshipId);
  const loaded = await loadDay(tx, actor, id);
  if (version !== undefined && loaded.day.version !== version)
    throw conflict("接待选民日已被他人修改，请刷新后重试（您填写的内容仍在页面上）");
  return loaded;
}

/** A cancelled day takes no duties, visitors or notice. */
export function assertNotCancelled(day: LoadedDay, what: string) {
  if (day.cancelled) throw conflict(`接待选民日已取消，不能${what}`);
}
