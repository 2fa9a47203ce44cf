// Supervision activities and their plans (方案): list, create, read, edit while a draft, and the steps
// draft → approved (the chair, with the party committee's consent) → under way → concluded.
import { COUNTED_ACTIVITY } from "@/lib/supervision/figures";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { scopedDb, type ScopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { lockRow } from "@/lib/db/locks";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { conflict, validation } from "@/lib/http/errors";
import { containsText } from "@/lib/db/search";
import { skipTake } from "@/lib/http/validation";
import type { Prisma, SupervisionActivity } from "@/lib/generated/prisma/client";
import { formatDay, parseDay, todayInChina } from "@/lib/time/day";
import { occurredDay } from "@/lib/records/on-behalf";
import { currentTermOrThrow } from "@/lib/roster/public";
import { ACTIVITY_INCLUDE, loadActivity, visibleWhere, type LoadedActivity } from "@/lib/supervision/access";
import { checkPlan, writePlanPeople } from "@/lib/supervision/plan";
import { checkConsentDay, hasPolls, isPlanEditable, nextState } from "@/lib/supervision/rules";
import { stepAvailable, whoMayTake } from "@/lib/supervision/steps";
import { closeRound, openRound } from "@/lib/supervision/polls";
import { sendOpinionsIn } from "@/lib/supervision/rectification/send";
import { targetName } from "@/lib/supervision/names";
import type {
  ActivityCreateInput,
  ActivityListQuery,
  ActivityUpdateInput,
  TransitionInput,
} from "@/lib/supervision/schema";

const day = (d: Date | null) => (d ? formatDay(d) : null);

/** One activity as lists and answers show it. */
export function activitySummary(a: SupervisionActivity) {
  return {
    id: a.id,
    kind: a.kind,
    title: a.title,
    year: a.year,
    termId: a.termId,
    state: a.state,
    startDate: formatDay(a.startDate),
    endDate: day(a.endDate),
    lawName: a.lawName,
    version: a.version,
  };
}

export async function listActivities(actor: Actor, q: ActivityListQuery) {
  const sdb = scopedDb(actor.townshipId);
  const where: Prisma.SupervisionActivityWhereInput = {
    AND: [
      visibleWhere(actor),
      q.year ? { year: q.year } : {},
      q.kind ? { kind: q.kind } : {},
      q.state ? { state: q.state } : {},
      q.counted ? COUNTED_ACTIVITY : {},
      q.q ? { title: containsText(q.q) } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    sdb.supervisionActivity.findMany({
      where,
      orderBy: [{ startDate: "desc" }, { createdAt: "desc" }, { id: "asc" }],
      ...skipTake(q),
      include: { _count: { select: { targets: true, participants: true } } },
    }),
    sdb.supervisionActivity.count({ where }),
  ]);
  return {
    items: rows.map((a) => ({ ...activitySummary(a), targets: a._count.targets, participants: a._count.participants })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** The plan with its targets and participants (whose attendance the office records). */
export async function activityDetail(db: ScopedDb | ScopedTx, a: LoadedActivity) {
  const [targets, participants] = await Promise.all([
    db.supervisionTarget.findMany({
      where: { activityId: a.id },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      include: { unit: { select: { name: true } } },
    }),
    db.supervisionParticipant.findMany({
      where: { activityId: a.id },
      orderBy: [{ presidiumMember: "desc" }, { deputy: { nameKey: "asc" } }, { deputy: { name: "asc" } }],
      include: { deputy: { select: { name: true } } },
    }),
  ]);
  return {
    ...activitySummary(a),
    termNumber: a.term.number,
    purpose: a.purpose,
    scope: a.scope,
    method: a.method,
    places: a.places,
    preSession: a.preSession,
    sessionId: a.sessionId,
    presidiumMeetingId: a.presidiumMeetingId,
    approvedAt: a.approvedAt,
    partyConsentOn: day(a.partyConsentOn),
    partyConsentNote: a.partyConsentNote,
    startedAt: a.startedAt,
    concludedOn: day(a.concludedOn),
    summary: a.summary,
    targets: targets.map((t) => ({
      id: t.id,
      unitId: t.unitId,
      unitName: t.unit?.name ?? null,
      officialName: t.officialName,
      officialPost: t.officialPost,
      name: targetName(t),
    })),
    participants: participants.map((p) => ({
      deputyId: p.deputyId,
      name: p.deputy.name,
      presidiumMember: p.presidiumMember,
      attendance: p.attendance,
    })),
  };
}

export async function createActivity(actor: Actor, input: ActivityCreateInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const term = await currentTermOrThrow(tx);
    const { startDate, endDate } = await checkPlan(tx, term, input);
    const { targets, participants, ...plan } = input;
    const a = await tx.supervisionActivity.create({
      data: {
        ...plan,
        townshipId: actor.townshipId,
        termId: term.id,
        year: startDate.getUTCFullYear(),
        startDate,
        endDate,
        createdById: actor.userId,
      },
    });
    await writePlanPeople(tx, actor.townshipId, a.id, { targets, participants });
    await recordAudit(tx, subjectOf(actor), {
      action: "supervision.created",
      recordType: "SupervisionActivity",
      recordId: a.id,
      after: { ...a, targets, participants },
    });
    return activitySummary(a);
  });
}

export async function updateActivity(actor: Actor, id: string, input: ActivityUpdateInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    await lockRow(tx, "SupervisionActivity", id, actor.townshipId);
    const { activity: before } = await loadActivity(tx, actor, id);
    if (before.version !== input.version) throw conflict("方案已被他人修改，请刷新后重试（您填写的内容仍在页面上）");
    if (!isPlanEditable(before.state)) throw conflict("方案批准后不能再修改");
    const { version, targets, participants, ...plan } = input;
    const { startDate, endDate } = await checkPlan(
      tx,
      { id: before.termId, ...before.term },
      {
        kind: before.kind,
        startDate: plan.startDate ?? before.startDate,
        endDate: plan.endDate === undefined ? before.endDate : plan.endDate,
        lawName: plan.lawName === undefined ? before.lawName : plan.lawName,
        sessionId: plan.sessionId,
        presidiumMeetingId: plan.presidiumMeetingId,
        targets,
        participants,
      },
    );
    const after = await tx.supervisionActivity.update({
      where: { id, version },
      data: { ...plan, startDate, endDate, year: startDate.getUTCFullYear(), version: { increment: 1 } },
    });
    await writePlanPeople(tx, actor.townshipId, id, { targets, participants });
    await recordAudit(tx, subjectOf(actor), {
      action: "supervision.updated",
      recordType: "SupervisionActivity",
      recordId: id,
      before,
      after: { ...after, ...(targets ? { targets } : {}), ...(participants ? { participants } : {}) },
    });
    return activitySummary(after);
  });
}

const TRANSITION_AUDIT = {
  approve: "supervision.approved",
  start: "supervision.started",
  conclude: "supervision.concluded",
} as const;

/**
 * One step of the plan, as the table of steps (steps.ts) says: who may take it (403), whether it is
 * open now (409 with the reason), then the change, the polls it opens or closes, and the audit row.
 */
export async function transitionActivity(actor: Actor, id: string, input: TransitionInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    await lockRow(tx, "SupervisionActivity", id, actor.townshipId);
    const { activity: before } = await loadActivity(tx, actor, id);
    assertCan(actor, whoMayTake(input.action), { townshipId: before.townshipId });
    if (before.version !== input.version) throw conflict("活动已被他人修改，请刷新后重试");
    const participants = await tx.supervisionParticipant.count({ where: { activityId: id } });
    const available = stepAvailable(input.action, { ...before, participants });
    if (available !== true) throw conflict(available);
    const data = await stepData(tx, actor, before, input);
    const after = await tx.supervisionActivity.update({
      where: { id, version: input.version },
      data: { ...data, state: nextState(before.state, input.action)!, version: { increment: 1 } },
      include: ACTIVITY_INCLUDE,
    });
    await recordAudit(tx, subjectOf(actor), {
      action: TRANSITION_AUDIT[input.action],
      recordType: "SupervisionActivity",
      recordId: id,
      before: { state: before.state },
      after: { state: after.state, ...data },
    });
    return activityDetail(tx, after);
  });
}

async function stepData(tx: ScopedTx, actor: Actor, a: LoadedActivity, input: TransitionInput) {
  if (input.action === "approve") {
    const consentOn = parseDay(input.partyConsentOn);
    const problem = checkConsentDay(consentOn, todayInChina());
    if (problem) throw validation({ partyConsentOn: problem });
    return {
      approvedAt: new Date(),
      approvedById: actor.userId,
      partyConsentOn: consentOn,
      partyConsentNote: input.partyConsentNote,
    };
  }
  if (input.action === "start") {
    if (hasPolls(a.kind)) await openRound(tx, actor, a, 1);
    return { startedAt: new Date() };
  }
  const concludedOn = occurredDay(input.concludedOn, {
    field: "concludedOn",
    label: "结束日期",
    after: { label: "开始日期", day: a.startDate },
  });
  await closeRound(tx, actor, a.id, null);
  // The opinions not yet sent go to their units as rectification tasks on the day it concluded.
  await sendOpinionsIn(tx, actor, a, concludedOn);
  return { concludedOn, summary: input.summary ?? a.summary };
}
