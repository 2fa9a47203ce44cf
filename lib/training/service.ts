// Trainings (培训): list, create (with its enrolment), read, edit; enrolment, attendance, assessment and leave
// are in their own files and all take the training's row lock first (lockTraining), so changes are serialized.
import type { Actor } from "@/lib/auth/actor";
import { scopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { lockAndRead } from "@/lib/db/locks";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { conflict, notFound, validation } from "@/lib/http/errors";
import { skipTake } from "@/lib/http/validation";
import type { Prisma, TrainingSession } from "@/lib/generated/prisma/client";
import { formatDay, parseDay, todayInChina } from "@/lib/time/day";
import { currentTermOrThrow } from "@/lib/roster/public";
import { enrol, unenrol } from "@/lib/training/enrolment";
import { TRAINING_KIND_LABELS } from "@/lib/training/labels";
import { visibleTrainingsWhere } from "@/lib/training/policy";
import { yearRange } from "@/lib/training/norms";
import {
  END_BEFORE_START,
  type EnrolmentInput,
  type TrainingCreateInput,
  type TrainingListQuery,
  type TrainingUpdateInput,
} from "@/lib/training/schema";

export const trainingSummary = (t: TrainingSession) => ({
  id: t.id,
  kind: t.kind,
  kindLabel: TRAINING_KIND_LABELS[t.kind],
  title: t.title,
  planId: t.planId,
  startDate: formatDay(t.startDate),
  endDate: formatDay(t.endDate),
  days: Number(t.days.toString()),
  place: t.place,
  teacher: t.teacher,
  materials: t.materials,
  cancelled: t.cancelled,
  version: t.version,
});

export async function listTrainings(actor: Actor, q: TrainingListQuery) {
  const sdb = scopedDb(actor.townshipId);
  const where: Prisma.TrainingSessionWhereInput = {
    AND: [
      visibleTrainingsWhere(actor),
      q.year ? { startDate: yearRange(q.year) } : {},
      q.kind ? { kind: q.kind } : {},
      // The figures' "held" (figures.ts): not cancelled and begun by today (China).
      q.held ? { cancelled: false, startDate: { lte: todayInChina() } } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    sdb.trainingSession.findMany({
      where,
      orderBy: [{ startDate: "desc" }, { createdAt: "desc" }, { id: "asc" }],
      ...skipTake(q),
      include: { _count: { select: { enrolments: true } } },
    }),
    sdb.trainingSession.count({ where }),
  ]);
  return {
    items: rows.map((t) => ({ ...trainingSummary(t), enrolled: t._count.enrolments })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** Dates inside the term, the plan the township's and approved or draft of the same term. */
async function checkTraining(
  tx: ScopedTx,
  term: { id: string; startDate: Date; endDate: Date },
  v: { startDate: Date; endDate: Date; planId?: string | null },
) {
  if (v.endDate < v.startDate) throw validation({ endDate: `结束日期：${END_BEFORE_START}` });
  if (v.startDate < term.startDate || v.endDate > term.endDate)
    throw validation({
      startDate: `开始日期：培训日期应在本届任期内（${formatDay(term.startDate)} 至 ${formatDay(term.endDate)}）`,
    });
  if (v.planId) {
    const plan = await tx.trainingPlan.count({ where: { id: v.planId, termId: term.id } });
    if (!plan) throw validation({ planId: "培训计划：所选计划不存在或不属于本届" });
  }
}

export async function createTraining(actor: Actor, input: TrainingCreateInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const term = await currentTermOrThrow(tx);
    const startDate = parseDay(input.startDate);
    const endDate = parseDay(input.endDate);
    await checkTraining(tx, term, { startDate, endDate, planId: input.planId });
    const { audienceLevels, audienceGroupIds, deputyIds, ...fields } = input;
    const t = await tx.trainingSession.create({
      data: {
        ...fields,
        startDate,
        endDate,
        townshipId: actor.townshipId,
        termId: term.id,
        createdById: actor.userId,
      },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "training.created",
      recordType: "TrainingSession",
      recordId: t.id,
      after: t,
    });
    const enrolled = await enrol(tx, actor, t, { audienceLevels, audienceGroupIds, deputyIds });
    return { ...trainingSummary(t), enrolled };
  });
}

/** The training locked for a change; 404 when it is not the township's. */
export async function lockTraining(tx: ScopedTx, actor: Actor, id: string) {
  const t = await lockAndRead<TrainingSession>(tx, "TrainingSession", id, actor.townshipId);
  if (!t) throw notFound("培训不存在");
  return t;
}

export async function updateTraining(actor: Actor, id: string, input: TrainingUpdateInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const before = await lockTraining(tx, actor, id);
    if (before.version !== input.version) throw conflict("培训已被他人修改，请刷新后重试（您填写的内容仍在页面上）");
    const { version, ...fields } = input;
    const startDate = fields.startDate ? parseDay(fields.startDate) : before.startDate;
    const endDate = fields.endDate ? parseDay(fields.endDate) : before.endDate;
    const term = await tx.term.findUniqueOrThrow({ where: { id: before.termId } });
    await checkTraining(tx, term, { startDate, endDate, planId: fields.planId });
    const after = await tx.trainingSession.update({
      where: { id, version },
      data: { ...fields, startDate, endDate, version: { increment: 1 } },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "training.updated",
      recordType: "TrainingSession",
      recordId: id,
      before,
      after,
    });
    return trainingSummary(after);
  });
}

export async function changeEnrolment(actor: Actor, id: string, input: EnrolmentInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const t = await lockTraining(tx, actor, id);
    if (t.cancelled) throw conflict("培训已取消");
    const removed = await unenrol(tx, actor, t, input.removeDeputyIds);
    const added = await enrol(tx, actor, t, input);
    return { added, removed };
  });
}
