// What the activity's page shows of the follow-up: findings, review opinions with their rectification
// tasks, the suggestions raised during the activity, and the 再测评 beside round 1 (repoll.ts).
// One loader, composed by the activity page (app/(app)/supervision/[id]).
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { scopedDb } from "@/lib/db/township-scope";
import { listUnits, UnitListQuery } from "@/lib/units/public";
import { listOpinions } from "@/lib/supervision/opinions";
import { activitySuggestions } from "@/lib/supervision/from-activity";
import { repollComparison } from "@/lib/supervision/rectification/repoll";
import { hasPolls } from "@/lib/supervision/rules";

export async function activityFollowUp(actor: Actor, activityId: string, kind: string) {
  const opinions = await listOpinions(actor, activityId);
  const sdb = scopedDb(actor.townshipId);
  const [suggestions, units, targets, repoll] = await Promise.all([
    activitySuggestions(actor, activityId, 20),
    opinions.manage ? listUnits(actor, UnitListQuery.parse({ active: "true", pageSize: 100 })) : null,
    opinions.manage
      ? sdb.supervisionTarget.findMany({
          where: { activityId },
          orderBy: { position: "asc" },
          select: { id: true, officialName: true, unit: { select: { name: true } } },
        })
      : [],
    hasPolls(kind) && can(actor, "supervision.results") ? repollComparison(actor, activityId) : null,
  ]);
  return {
    activityId,
    ...opinions,
    suggestions: { ...suggestions, create: can(actor, "supervision_suggestion.create") },
    units: units?.items.map((u) => ({ id: u.id, name: u.name })) ?? [],
    targets: targets.map((t) => ({ id: t.id, name: t.unit?.name ?? t.officialName ?? "" })),
    repoll: repoll && { activityId, ...repoll },
  };
}
export type ActivityFollowUp = Awaited<ReturnType<typeof activityFollowUp>>;
