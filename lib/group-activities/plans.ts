// Each group's plan by quarter (五个有: 计划), kept by the office; saving a quarter again replaces its text.
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { scopedDb } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { validation } from "@/lib/http/errors";
import { groupOrderBy } from "@/lib/roster/public";
import type { GroupPlanInput, GroupPlanQuery } from "@/lib/group-activities/schema";

export async function listGroupPlans(actor: Actor, q: GroupPlanQuery) {
  assertCan(actor, "group_activity.list");
  const rows = await scopedDb(actor.townshipId).groupActivityPlan.findMany({
    where: { year: q.year, ...(q.groupId ? { groupId: q.groupId } : {}) },
    orderBy: [{ group: groupOrderBy[0] }, { group: groupOrderBy[1] }, { quarter: "asc" }],
    include: { group: { select: { name: true } } },
  });
  return {
    year: q.year,
    items: rows.map((p) => ({
      id: p.id,
      groupId: p.groupId,
      groupName: p.group.name,
      quarter: p.quarter,
      text: p.text,
    })),
  };
}

export async function saveGroupPlan(actor: Actor, input: GroupPlanInput) {
  assertCan(actor, "group_activity.plan");
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const group = await tx.representativeGroup.findUnique({ where: { id: input.groupId }, select: { name: true } });
    if (!group) throw validation({ groupId: "代表小组：不存在" });
    const key = { groupId: input.groupId, year: input.year, quarter: input.quarter };
    const before = await tx.groupActivityPlan.findFirst({ where: key });
    const plan = await tx.groupActivityPlan.upsert({
      where: { groupId_year_quarter: key },
      create: { townshipId: actor.townshipId, ...key, text: input.text, createdById: actor.userId },
      update: { text: input.text },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "group_activity.plan_saved",
      recordType: "GroupActivityPlan",
      recordId: plan.id,
      before: before ? { text: before.text } : undefined,
      after: { group: group.name, year: input.year, quarter: input.quarter, text: input.text },
    });
    return { id: plan.id, ...key, groupName: group.name, text: plan.text };
  });
}
