// Who sees a rectification task: the office, chair and presidium of its township, and the unit it
// was sent to — nobody else (a unit asking for another unit's task, or anyone for another township's,
// gets 404: its existence is not disclosed). The first step of every read and write of one task.
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import type { Action } from "@/lib/auth/permissions";
import type { ScopedDb, ScopedTx } from "@/lib/db/township-scope";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/http/errors";

type Db = ScopedDb | ScopedTx;

/** The tasks the actor may see: a unit only its own; staff their township's (the scoped client adds it). */
export function visibleTaskWhere(actor: Actor): Prisma.RectificationTaskWhereInput {
  if (actor.role === "UNIT") return { unitId: actor.unitId ?? "00000000-0000-0000-0000-000000000000" };
  return {};
}

/** Loads a task the actor may see with `action`; 404 when it does not exist for them. */
export async function loadTask(db: Db, actor: Actor, id: string, action: Action = "rectification.view") {
  assertCan(actor, action);
  const t = await db.rectificationTask.findFirst({ where: { id, ...visibleTaskWhere(actor) } });
  if (!t) throw notFound("整改任务不存在");
  return t;
}
