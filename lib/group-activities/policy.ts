// Who sees and records which group activity: the office, chair and presidium all of the township's; a deputy
// their own group's and those they attended. The office records every group's (keying a group's paper record,
// 代录); a group's leader (组长) records their own group's.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import type { Prisma } from "@/lib/generated/prisma/client";

const NONE = "00000000-0000-0000-0000-000000000000";

/** What a deputy is to the groups: their own group, the groups they lead. */
export interface DeputyGroups {
  groupId: string | null;
  leads: string[];
}

export function visibleActivityWhere(actor: Actor, mine: DeputyGroups): Prisma.GroupActivityWhereInput {
  if (actor.role === "OFFICE" || actor.role === "CHAIR" || actor.role === "PRESIDIUM") return {};
  if (actor.role !== "DEPUTY" || !actor.deputyId) return { id: NONE };
  return {
    OR: [
      { groupId: { in: [mine.groupId ?? NONE, ...mine.leads] } },
      { attendees: { some: { deputyId: actor.deputyId } } },
    ],
  };
}

/** May record (create, complete, add photos to) the group's activities. */
export function canRecordFor(actor: Actor, townshipId: string, groupId: string, mine: DeputyGroups): boolean {
  if (!can(actor, "group_activity.manage", { townshipId })) return false;
  return actor.role === "OFFICE" || mine.leads.includes(groupId);
}
