// 主席团会议 as structured records: the roll of presidium members (出席 / 请假 / 缺席), deputies invited to sit in
// (列席), topics in order (reports heard, linked to their supervision activity) and the decision on each.
import type { Actor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import { scopedDb, type ScopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { lockName } from "@/lib/db/locks";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { notFound, validation } from "@/lib/http/errors";
import { skipTake, type ListResult } from "@/lib/http/validation";
import { formatDay, parseDay, todayInChina } from "@/lib/time/day";
import { currentTermOrThrow } from "@/lib/roster/public";
import type { PresidiumMeetingInput, PresidiumMeetingQuery } from "@/lib/sessions/meeting-schema";
import { firstRepeat, rollProblem, termDayProblem } from "@/lib/sessions/meeting-rules";
import { meetingDetail, meetingInclude, type MeetingDetail } from "@/lib/sessions/meeting-read";

export type { MeetingDetail } from "@/lib/sessions/meeting-read";

/** A presidium member's name as the minutes write it: the deputy's name when the account is a deputy's. */
const memberName = (u: { displayName: string; deputy: { name: string } | null }) => u.deputy?.name ?? u.displayName;

/** The township's presidium: active CHAIR and PRESIDIUM accounts (lib/roster's presidium links use the same). */
export async function presidiumMembers(tx: ScopedTx | ScopedDb) {
  const users = await tx.user.findMany({
    where: { role: { in: ["CHAIR", "PRESIDIUM"] }, active: true },
    orderBy: [{ role: "asc" }, { displayName: "asc" }],
    select: { id: true, displayName: true, role: true, deputyId: true, deputy: { select: { name: true } } },
  });
  return users.map((u) => ({ id: u.id, name: memberName(u), role: u.role, deputyId: u.deputyId }));
}

export async function listPresidiumMeetings(
  actor: Actor,
  q: PresidiumMeetingQuery,
): Promise<ListResult<MeetingDetail> & { term: { id: string; number: number } }> {
  const sdb = scopedDb(actor.townshipId);
  const term = await termOf(sdb, q.termId);
  const where = { termId: term.id };
  const [rows, total] = await Promise.all([
    sdb.presidiumMeeting.findMany({
      where,
      orderBy: [{ date: "desc" }, { number: "desc" }],
      include: meetingInclude,
      ...skipTake(q),
    }),
    sdb.presidiumMeeting.count({ where }),
  ]);
  return {
    items: rows.map(meetingDetail),
    total,
    page: q.page,
    pageSize: q.pageSize,
    term: { id: term.id, number: term.number },
  };
}

export async function getPresidiumMeeting(actor: Actor, id: string): Promise<MeetingDetail> {
  const row = await scopedDb(actor.townshipId).presidiumMeeting.findFirst({ where: { id }, include: meetingInclude });
  if (!row) throw notFound("主席团会议不存在");
  return meetingDetail(row);
}

/**
 * The presidium's counts as its work report states them ("召开主席团会议9次，听取专项工作报告4项"): of the meetings
 * `where` selects, those held (on or before `today`), the reports heard at them, and those registered ahead. The
 * one rule for a term's counts and a year's (lib/sessions/year-figures.ts).
 */
export async function presidiumMeetingCounts(
  client: Tx,
  townshipId: string,
  where: { termId?: string; date?: { gte: Date; lte?: Date; lt?: Date } },
  today: Date,
) {
  const selected = { townshipId, ...where };
  const held = { AND: [selected, { date: { lte: today } }] };
  const [heldCount, all, reportsHeard] = await Promise.all([
    client.presidiumMeeting.count({ where: held }),
    client.presidiumMeeting.count({ where: selected }),
    client.presidiumMeetingTopic.count({ where: { townshipId, kind: "REPORT", meeting: held } }),
  ]);
  return { meetingsHeld: heldCount, reportsHeard, scheduled: all - heldCount };
}

/** Counts per term (see presidiumMeetingCounts). */
export async function presidiumTermCounts(townshipId: string, termId: string, today: Date = todayInChina()) {
  return presidiumMeetingCounts(db, townshipId, { termId }, today);
}

/** The term asked for (404 when not the township's), else the current one. */
async function termOf(sdb: ScopedDb, termId: string | undefined) {
  const term = termId ? await sdb.term.findFirst({ where: { id: termId } }) : await currentTermOrThrow(sdb);
  if (!term) throw notFound("届次不存在");
  return term;
}

/** The counts of a term of the actor's township (default the current term). */
export async function presidiumCountsFor(actor: Actor, termId?: string) {
  const term = await termOf(scopedDb(actor.townshipId), termId);
  return { term: { id: term.id, number: term.number }, ...(await presidiumTermCounts(actor.townshipId, term.id)) };
}

/** Checks the people and activities named against the township's records; 400 naming the field. */
async function resolveNames(tx: ScopedTx, input: PresidiumMeetingInput, termId: string) {
  const fields: Record<string, string> = {};
  const memberIds = input.members.map((m) => m.userId);
  const repeatedMember = firstRepeat(memberIds);
  if (repeatedMember >= 0) fields[`members.${repeatedMember}.userId`] = "主席团成员：重复登记";
  const repeatedInvitee = firstRepeat(input.inviteeIds);
  if (repeatedInvitee >= 0) fields[`inviteeIds.${repeatedInvitee}`] = "列席代表：重复登记";
  const activityIds = [...new Set(input.topics.flatMap((t) => (t.activityId ? [t.activityId] : [])))];
  const [users, deputies, activities] = await Promise.all([
    tx.user.findMany({
      where: { id: { in: memberIds }, role: { in: ["CHAIR", "PRESIDIUM"] } },
      select: { id: true, displayName: true, deputyId: true, deputy: { select: { name: true } } },
    }),
    tx.deputy.findMany({ where: { id: { in: input.inviteeIds }, termId }, select: { id: true, name: true } }),
    tx.supervisionActivity.findMany({ where: { id: { in: activityIds } }, select: { id: true } }),
  ]);
  const userById = new Map(users.map((u) => [u.id, u]));
  const deputyById = new Map(deputies.map((d) => [d.id, d]));
  const memberDeputies = new Set(users.flatMap((u) => (u.deputyId ? [u.deputyId] : [])));
  const activityFound = new Set(activities.map((a) => a.id));
  input.members.forEach((m, i) => {
    if (!userById.has(m.userId)) fields[`members.${i}.userId`] ??= "主席团成员：不是本镇的主席团成员";
  });
  input.inviteeIds.forEach((id, i) => {
    const d = deputyById.get(id);
    if (!d) fields[`inviteeIds.${i}`] ??= "列席代表：不是本届代表";
    else if (memberDeputies.has(id))
      fields[`inviteeIds.${i}`] ??= `列席代表：${d.name}是主席团成员，已在出席情况中登记`;
  });
  input.topics.forEach((t, i) => {
    if (t.activityId && !activityFound.has(t.activityId))
      fields[`topics.${i}.activityId`] = `议题${i + 1}：关联的监督活动不存在`;
  });
  if (Object.keys(fields).length) throw validation(fields);
  return {
    members: input.members.map((m, i) => ({
      userId: m.userId,
      name: memberName(userById.get(m.userId)!),
      attendance: m.attendance,
      position: i + 1,
    })),
    invitees: input.inviteeIds.map((id, i) => ({ deputyId: id, name: deputyById.get(id)!.name, position: i + 1 })),
  };
}

/** 登记主席团会议: numbered within the current term; the reports heard are linked to their activities. */
export async function createPresidiumMeeting(actor: Actor, input: PresidiumMeetingInput): Promise<MeetingDetail> {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const term = await currentTermOrThrow(tx);
    const termDays = { number: term.number, startDate: formatDay(term.startDate), endDate: formatDay(term.endDate) };
    const dayProblem = termDayProblem(input.date, termDays) ?? null;
    if (dayProblem) throw validation({ date: `会议日期：${dayProblem}` });
    const roll = rollProblem(input.date, formatDay(todayInChina()), input.members);
    if (roll) throw validation({ members: `主席团成员：${roll}` });
    const { members, invitees } = await resolveNames(tx, input, term.id);
    // One number after another within the term, also when two clerks register at once.
    await lockName(tx, `presidium-meeting:${term.id}`);
    const last = await tx.presidiumMeeting.findFirst({
      where: { termId: term.id },
      orderBy: { number: "desc" },
      select: { number: true },
    });
    const meeting = await tx.presidiumMeeting.create({
      data: {
        townshipId: actor.townshipId,
        termId: term.id,
        number: (last?.number ?? 0) + 1,
        date: parseDay(input.date),
        venue: input.venue,
        presidedBy: input.presidedBy,
        recorder: input.recorder,
        guests: input.guests,
        decisions: input.decisions,
        members: { create: members.map((m) => ({ ...m, townshipId: actor.townshipId })) },
        invitees: { create: invitees.map((d) => ({ ...d, townshipId: actor.townshipId })) },
        topics: {
          create: input.topics.map((t, i) => ({
            townshipId: actor.townshipId,
            position: i + 1,
            kind: t.kind,
            title: t.title,
            reporter: t.reporter,
            activityId: t.activityId ?? null,
            decision: t.decision,
          })),
        },
      },
      include: meetingInclude,
    });
    // The activity records where its report was heard (SupervisionActivity.presidiumMeetingId), if not yet.
    const heard = input.topics.flatMap((t) => (t.activityId ? [t.activityId] : []));
    if (heard.length)
      await tx.supervisionActivity.updateMany({
        where: { id: { in: heard }, presidiumMeetingId: null },
        data: { presidiumMeetingId: meeting.id },
      });
    const detail = meetingDetail(meeting);
    await recordAudit(tx, subjectOf(actor), {
      action: "presidium_meeting.created",
      recordType: "PresidiumMeeting",
      recordId: meeting.id,
      after: {
        number: detail.number,
        date: detail.date,
        members: detail.members.map((m) => `${m.name}（${m.attendance}）`),
        invitees: detail.invitees.map((d) => d.name),
        topics: detail.topics.map((t) => ({ kind: t.kind, title: t.title, activityId: t.activity?.id ?? null })),
      },
    });
    return detail;
  });
}
