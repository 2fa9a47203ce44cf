// What the group-activity pages and the figures route read (pages call one loader each, never the database).
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { scopedDb } from "@/lib/db/township-scope";
import { deputyNameOrderBy, groupOrderBy, nameOrder } from "@/lib/roster/public";
import { groupActivityYearFigures } from "@/lib/group-activities/figures";
import { listGroupActivities, getGroupActivity } from "@/lib/group-activities/service";
import { deputyGroupsOf } from "@/lib/group-activities/access";
import { listGroupPlans } from "@/lib/group-activities/plans";
import type { GroupActivityListQuery } from "@/lib/group-activities/schema";

export const groupFiguresFor = (actor: Actor, year: number) => {
  assertCan(actor, "group_activity.figures");
  return groupActivityYearFigures(db, actor.townshipId, year);
};

/** The groups the actor may record for, each with its members (the form's options). */
async function recordableGroups(actor: Actor) {
  if (!can(actor, "group_activity.manage")) return [];
  const sdb = scopedDb(actor.townshipId);
  const mine = await deputyGroupsOf(sdb, actor);
  const names = await nameOrder();
  return sdb.representativeGroup.findMany({
    where: can(actor, "group_activity.plan") ? {} : { id: { in: mine.leads } },
    orderBy: groupOrderBy,
    select: { id: true, name: true, members: { orderBy: deputyNameOrderBy(names), select: { id: true, name: true } } },
  });
}

/** /groups/activities: the year's list, per-group quarter figures and warnings (for those who see figures). */
export async function groupActivitiesView(actor: Actor, q: GroupActivityListQuery & { year: number }) {
  const [list, figures, groups, plans] = await Promise.all([
    listGroupActivities(actor, q),
    can(actor, "group_activity.figures") ? groupActivityYearFigures(db, actor.townshipId, q.year) : null,
    recordableGroups(actor),
    listGroupPlans(actor, { year: q.year }),
  ]);
  return { list, figures, groups, plans: plans.items, canPlan: can(actor, "group_activity.plan") };
}

/** /groups/activities/[id]: the record, and for the office the deputies who may be named as proposers. */
export async function groupActivityView(actor: Actor, id: string) {
  const activity = await getGroupActivity(actor, id);
  const groups = activity.abilities.record ? await recordableGroups(actor) : [];
  const members = groups.find((g) => g.id === activity.groupId)?.members ?? [];
  return { activity, members };
}
