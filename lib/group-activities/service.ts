// Group activities (代表小组活动; 代表法第二十六条): each activity's record with its 五个有 — the quarter's plan,
// content, record (who attended, what was done), summary, follow-up — kept by the office (代录 for a group, with
// the real day) or by the group's leader.
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/policy";
import { scopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { AppError, conflict, validation } from "@/lib/http/errors";
import { skipTake } from "@/lib/http/validation";
import type { GroupActivity } from "@/lib/generated/prisma/client";
import { formatDay, todayInChina } from "@/lib/time/day";
import { occurredDay, onBehalfAudit, type OnBehalf } from "@/lib/records/on-behalf";
import { deputyNameOrderBy, nameOrder } from "@/lib/roster/public";
import { canRecordFor, visibleActivityWhere } from "@/lib/group-activities/policy";
import { deputyGroupsOf, loadActivity } from "@/lib/group-activities/access";
import { quarterOf } from "@/lib/group-activities/rules";
import type {
  GroupActivityCreateInput,
  GroupActivityListQuery,
  GroupActivityUpdateInput,
} from "@/lib/group-activities/schema";

const range = (year: number, quarter?: number) =>
  quarter
    ? { gte: new Date(Date.UTC(year, (quarter - 1) * 3, 1)), lt: new Date(Date.UTC(year, quarter * 3, 1)) }
    : { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) };

export function activitySummary(a: GroupActivity & { group?: { name: string } }) {
  return {
    id: a.id,
    groupId: a.groupId,
    groupName: a.group?.name ?? null,
    heldOn: formatDay(a.heldOn),
    quarter: quarterOf(a.heldOn),
    place: a.place,
    topic: a.topic,
    onBehalfOf: a.onBehalfOf,
    version: a.version,
  };
}

/** 五个有: which of the five the activity has (the plan: its quarter's plan exists). */
export const fiveHave = (a: GroupActivity, planned: boolean, attendees: number) => ({
  plan: planned,
  content: !!a.content,
  record: !!a.record && attendees > 0,
  summary: !!a.summary,
  followUp: !!a.followUp,
});

export async function listGroupActivities(actor: Actor, q: GroupActivityListQuery) {
  const sdb = scopedDb(actor.townshipId);
  const mine = await deputyGroupsOf(sdb, actor);
  const where = {
    AND: [
      visibleActivityWhere(actor, mine),
      q.year ? { heldOn: range(q.year, q.quarter) } : {},
      q.groupId ? { groupId: q.groupId } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    sdb.groupActivity.findMany({
      where,
      orderBy: [{ heldOn: "desc" }, { createdAt: "desc" }, { id: "asc" }],
      ...skipTake(q),
      include: {
        group: { select: { name: true } },
        _count: { select: { attendees: true, photos: true, suggestions: true } },
      },
    }),
    sdb.groupActivity.count({ where }),
  ]);
  return {
    items: rows.map((a) => ({
      ...activitySummary(a),
      attendees: a._count.attendees,
      photos: a._count.photos,
      suggestions: a._count.suggestions,
    })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** One activity with its 五个有, attendees, photos and the suggestions raised at it. */
export async function getGroupActivity(actor: Actor, id: string) {
  const sdb = scopedDb(actor.townshipId);
  const { activity: a, mine } = await loadActivity(sdb, actor, id);
  const names = await nameOrder();
  const [group, plan, attendees, photos, suggestions] = await Promise.all([
    sdb.representativeGroup.findUniqueOrThrow({ where: { id: a.groupId }, select: { name: true } }),
    sdb.groupActivityPlan.findFirst({
      where: { groupId: a.groupId, year: a.heldOn.getUTCFullYear(), quarter: quarterOf(a.heldOn) },
    }),
    sdb.groupActivityAttendee.findMany({
      where: { activityId: id },
      orderBy: deputyNameOrderBy(names).map((o) => ({ deputy: o })),
      select: { deputy: { select: { id: true, name: true } } },
    }),
    sdb.groupActivityPhoto.findMany({
      where: { activityId: id },
      orderBy: { createdAt: "asc" },
      select: { id: true, filename: true, mimeType: true, size: true },
    }),
    sdb.groupActivitySuggestion.findMany({
      where: { activityId: id },
      select: { suggestion: { select: { id: true, number: true, title: true, state: true } } },
    }),
  ]);
  const record = canRecordFor(actor, a.townshipId, a.groupId, mine);
  return {
    ...activitySummary({ ...a, group }),
    content: a.content,
    record: a.record,
    summary: a.summary,
    followUp: a.followUp,
    plan: plan ? { text: plan.text } : null,
    fiveHave: fiveHave(a, !!plan, attendees.length),
    attendees: attendees.map((x) => x.deputy),
    photos,
    suggestions: suggestions.map((s) => s.suggestion),
    abilities: { record, addSuggestion: record && can(actor, "group_activity_suggestion.create") },
  };
}

/** Attendees must be members of the group: guests are written into the record, not listed. */
async function checkAttendees(tx: ScopedTx, groupId: string, ids: string[]) {
  if (!ids.length) return;
  const members = await tx.deputy.findMany({
    where: { id: { in: ids } },
    select: { id: true, name: true, groupId: true },
  });
  const outside = members.filter((m) => m.groupId !== groupId).map((m) => m.name);
  if (members.length !== ids.length) throw validation({ attendeeIds: "出席代表：有代表不存在" });
  if (outside.length)
    throw validation({
      attendeeIds: `出席代表：${outside.join("、")}不是本小组成员（小组以外的参加人员请写在活动记录中）`,
    });
}

async function writeAttendees(tx: ScopedTx, townshipId: string, activityId: string, ids: string[]) {
  await tx.groupActivityAttendee.deleteMany({ where: { activityId } });
  if (ids.length)
    await tx.groupActivityAttendee.createMany({ data: ids.map((deputyId) => ({ townshipId, activityId, deputyId })) });
}

/** The office (代录 for the group, with the real day) or the group's leader records an activity. */
export async function createGroupActivity(actor: Actor, input: GroupActivityCreateInput) {
  assertCan(actor, "group_activity.manage");
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const group = await tx.representativeGroup.findUnique({
      where: { id: input.groupId },
      select: { id: true, name: true },
    });
    if (!group) throw validation({ groupId: "代表小组：不存在" });
    const mine = await deputyGroupsOf(tx, actor);
    if (!canRecordFor(actor, actor.townshipId, group.id, mine))
      throw new AppError("FORBIDDEN", "只有人大办或本小组组长可以登记本小组的活动");
    await checkAttendees(tx, group.id, input.attendeeIds);
    const heldOn = occurredDay(input.heldOn, { field: "heldOn", label: "活动日期", today: todayInChina() });
    const who: OnBehalf | null =
      actor.role === "OFFICE"
        ? { enteredById: actor.userId, enteredBy: actor.displayName, onBehalfOf: group.name }
        : null;
    const a = await tx.groupActivity.create({
      data: {
        townshipId: actor.townshipId,
        groupId: group.id,
        heldOn,
        place: input.place,
        topic: input.topic,
        content: input.content,
        record: input.record,
        summary: input.summary,
        followUp: input.followUp,
        createdById: actor.userId,
        enteredById: who?.enteredById ?? null,
        onBehalfOf: who?.onBehalfOf ?? null,
      },
    });
    await writeAttendees(tx, actor.townshipId, a.id, input.attendeeIds);
    await recordAudit(tx, subjectOf(actor), {
      action: "group_activity.created",
      recordType: "GroupActivity",
      recordId: a.id,
      after: { ...activitySummary(a), attendeeIds: input.attendeeIds, ...onBehalfAudit(heldOn, who) },
    });
    return { ...activitySummary({ ...a, group }), attendees: input.attendeeIds.length };
  });
}

/** Completing or correcting the record (the summary and the follow-up come later). */
export async function updateGroupActivity(actor: Actor, id: string, input: GroupActivityUpdateInput) {
  assertCan(actor, "group_activity.manage");
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const { activity: a } = await loadActivity(tx, actor, id, { lock: true, forRecording: true });
    if (a.version !== input.version) throw conflict();
    if (input.attendeeIds) await checkAttendees(tx, a.groupId, input.attendeeIds);
    const heldOn =
      input.heldOn === undefined
        ? undefined
        : occurredDay(input.heldOn, { field: "heldOn", label: "活动日期", today: todayInChina() });
    const { attendeeIds, place, topic, content, record, summary, followUp } = input;
    const after = await tx.groupActivity.update({
      where: { id },
      data: { place, topic, content, record, summary, followUp, heldOn, version: { increment: 1 } },
    });
    if (attendeeIds) await writeAttendees(tx, actor.townshipId, id, attendeeIds);
    await recordAudit(tx, subjectOf(actor), {
      action: "group_activity.updated",
      recordType: "GroupActivity",
      recordId: id,
      before: activitySummary(a),
      after: { ...activitySummary(after), changed: Object.keys(input).filter((k) => k !== "version") },
    });
    return activitySummary(after);
  });
}
