// Loading an activity the actor may see, and what the actor is to it: the first step of every read and
// write of one activity (service, polls, attendance, documents; suprect's opinions and rectification).
import type { Actor } from "@/lib/auth/actor";
import type { ScopedDb, ScopedTx } from "@/lib/db/township-scope";
import { notFound } from "@/lib/http/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canViewActivity, type ActivityRelation } from "@/lib/supervision/policy";

type Db = ScopedDb | ScopedTx;

const NONE = "00000000-0000-0000-0000-000000000000";

/** Where a unit is concerned: a target, or an opinion or a rectification task addressed to it. */
export const concernsUnitWhere = (unitId: string): Prisma.SupervisionActivityWhereInput => ({
  OR: [{ targets: { some: { unitId } } }, { opinions: { some: { unitId } } }, { tasks: { some: { unitId } } }],
});

/**
 * The activities the actor may list, as lib/supervision/policy.ts `canViewActivity` says: all of the
 * township's for the office, chair and presidium; a deputy's own (as participant) and a unit's (as
 * concerned) once approved.
 */
export function visibleWhere(actor: Actor): Prisma.SupervisionActivityWhereInput {
  if (actor.role === "OFFICE" || actor.role === "CHAIR" || actor.role === "PRESIDIUM") return {};
  const approved: Prisma.SupervisionActivityWhereInput = { state: { not: "DRAFT" } };
  if (actor.role === "DEPUTY") return { ...approved, participants: { some: { deputyId: actor.deputyId ?? NONE } } };
  if (actor.role === "UNIT") return { ...approved, ...concernsUnitWhere(actor.unitId ?? NONE) };
  return { id: NONE };
}

/** What the actor is to the activity (only what the actor's role can be). */
export async function relationTo(db: Db, actor: Actor, activityId: string): Promise<ActivityRelation> {
  const [participant, concerns] = await Promise.all([
    actor.role === "DEPUTY" && actor.deputyId
      ? db.supervisionParticipant.count({ where: { activityId, deputyId: actor.deputyId } })
      : 0,
    actor.role === "UNIT" && actor.unitId
      ? db.supervisionActivity.count({ where: { id: activityId, ...concernsUnitWhere(actor.unitId) } })
      : 0,
  ]);
  return { participant: participant > 0, concernsUnit: concerns > 0 };
}

/** The activity with what every read shows of it (term number, township name). */
export const ACTIVITY_INCLUDE = {
  term: { select: { number: true, startDate: true, endDate: true } },
  township: { select: { name: true } },
} as const satisfies Prisma.SupervisionActivityInclude;

/** An activity the actor may see, with the actor's relation to it, or 404. */
export async function loadActivity(db: Db, actor: Actor, id: string) {
  const activity = await db.supervisionActivity.findUnique({ where: { id }, include: ACTIVITY_INCLUDE });
  if (!activity) throw notFound("监督活动不存在");
  const rel = await relationTo(db, actor, id);
  if (!canViewActivity(actor, activity, rel)) throw notFound("监督活动不存在");
  return { activity, rel };
}

export type LoadedActivity = Awaited<ReturnType<typeof loadActivity>>["activity"];
