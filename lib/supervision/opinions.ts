// Findings (发现的问题) and review opinions (审议意见) of a supervision activity, per activity and per
// unit: the office keeps them while the activity runs; an opinion is the office's draft until it is
// sent (送达) — by the explicit step here or when the activity concludes — and then becomes the
// unit's rectification task (rectification/send.ts). A unit sees only what was sent to it and the
// findings about it; a sent opinion is not edited or removed (its task carries it).
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/policy";
import { scopedDb, type ScopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { lockRow } from "@/lib/db/locks";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { conflict, notFound, validation } from "@/lib/http/errors";
import { occurredDay } from "@/lib/records/on-behalf";
import { formatDay, parseDay, todayInChina } from "@/lib/time/day";
import { loadActivity } from "@/lib/supervision/access";
import { sendOpinionsIn } from "@/lib/supervision/rectification/send";
import type {
  FindingInput,
  OpinionInput,
  OpinionUpdateInput,
  SendOpinionsInput,
} from "@/lib/supervision/rectification/schema";

type Db = ScopedDb | ScopedTx;

/** The activity as the actor may see it (404 otherwise): supervision's own loader (access.ts). */
export async function loadActivityFor(db: Db, actor: Actor, id: string) {
  return (await loadActivity(db, actor, id)).activity;
}

/** Opinions may be written once the plan is approved, and kept until they are sent. */
function assertRecording(state: string) {
  if (state === "DRAFT") throw conflict("方案批准后才能登记问题和审议意见");
}

/** The activity's findings and opinions as the actor may see them, each opinion with its task. */
export async function listOpinions(actor: Actor, activityId: string) {
  const sdb = scopedDb(actor.townshipId);
  const a = await loadActivityFor(sdb, actor, activityId);
  const unit = actor.role === "UNIT" ? (actor.unitId ?? "00000000-0000-0000-0000-000000000000") : null;
  const [findings, opinions] = await Promise.all([
    sdb.supervisionFinding.findMany({
      where: { activityId, ...(unit ? { target: { unitId: unit } } : {}) },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      include: { target: { select: { id: true, officialName: true, unit: { select: { name: true } } } } },
    }),
    sdb.reviewOpinion.findMany({
      where: { activityId, ...(unit ? { unitId: unit, sentOn: { not: null } } : {}) },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      include: {
        unit: { select: { id: true, name: true } },
        task: { select: { id: true, number: true, state: true, dueDate: true, acceptedOn: true } },
      },
    }),
  ]);
  const manage = can(actor, "supervision_opinion.manage", { townshipId: a.townshipId });
  return {
    findings: findings.map((f) => ({
      id: f.id,
      text: f.text,
      target: f.target && { id: f.target.id, name: f.target.unit?.name ?? f.target.officialName ?? "" },
    })),
    opinions: opinions.map((o) => ({
      id: o.id,
      unit: o.unit,
      text: o.text,
      dueDate: formatDay(o.dueDate),
      sentOn: o.sentOn && formatDay(o.sentOn),
      task: o.task && {
        id: o.task.id,
        number: o.task.number,
        state: o.task.state,
        dueDate: formatDay(o.task.dueDate),
        acceptedOn: o.task.acceptedOn && formatDay(o.task.acceptedOn),
      },
    })),
    /** The office may add, change and send while the activity records (not a draft plan). */
    manage: manage && a.state !== "DRAFT",
    unsent: opinions.filter((o) => !o.sentOn).length,
  };
}

/** A write of the office on the activity: lock it, load it, check it records, then `fn` and its audit. */
async function onActivity<T>(
  actor: Actor,
  activityId: string,
  fn: (tx: ScopedTx, a: Awaited<ReturnType<typeof loadActivityFor>>) => Promise<T>,
) {
  assertCan(actor, "supervision_opinion.manage");
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    await lockRow(tx, "SupervisionActivity", activityId, actor.townshipId);
    const a = await loadActivityFor(tx, actor, activityId);
    assertRecording(a.state);
    return fn(tx, a);
  });
}

async function assertTarget(tx: ScopedTx, activityId: string, targetId: string | null | undefined) {
  if (targetId && !(await tx.supervisionTarget.count({ where: { id: targetId, activityId } })))
    throw validation({ targetId: "评议对象：不是本活动的对象" });
}

async function assertUnit(tx: ScopedTx, unitId: string | undefined) {
  if (unitId && !(await tx.handlingUnit.count({ where: { id: unitId, active: true } })))
    throw validation({ unitId: "承办单位：请选择在用的承办单位" });
}

function assertDueDate(dueDate: string | undefined) {
  if (dueDate && parseDay(dueDate).getTime() <= todayInChina().getTime())
    throw validation({ dueDate: `整改期限：应晚于今天（${formatDay(todayInChina())}）` });
}

export async function addFinding(actor: Actor, activityId: string, input: FindingInput) {
  return onActivity(actor, activityId, async (tx) => {
    await assertTarget(tx, activityId, input.targetId);
    const position = await tx.supervisionFinding.count({ where: { activityId } });
    const f = await tx.supervisionFinding.create({
      data: {
        townshipId: actor.townshipId,
        activityId,
        text: input.text,
        targetId: input.targetId ?? null,
        position,
        createdById: actor.userId,
      },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "supervision.finding_added",
      recordType: "SupervisionFinding",
      recordId: f.id,
      after: f,
    });
    return { id: f.id };
  });
}

export async function updateFinding(actor: Actor, activityId: string, id: string, input: FindingInput) {
  return onActivity(actor, activityId, async (tx) => {
    const before = await tx.supervisionFinding.findFirst({ where: { id, activityId } });
    if (!before) throw notFound("问题不存在");
    await assertTarget(tx, activityId, input.targetId);
    const after = await tx.supervisionFinding.update({
      where: { id },
      data: { text: input.text, targetId: input.targetId ?? null },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "supervision.finding_updated",
      recordType: "SupervisionFinding",
      recordId: id,
      before,
      after,
    });
    return { id };
  });
}

export async function deleteFinding(actor: Actor, activityId: string, id: string) {
  await onActivity(actor, activityId, async (tx) => {
    const before = await tx.supervisionFinding.findFirst({ where: { id, activityId } });
    if (!before) throw notFound("问题不存在");
    await tx.supervisionFinding.delete({ where: { id } });
    await recordAudit(tx, subjectOf(actor), {
      action: "supervision.finding_deleted",
      recordType: "SupervisionFinding",
      recordId: id,
      before,
    });
  });
}

export async function addOpinion(actor: Actor, activityId: string, input: OpinionInput) {
  return onActivity(actor, activityId, async (tx) => {
    await assertUnit(tx, input.unitId);
    assertDueDate(input.dueDate);
    const position = await tx.reviewOpinion.count({ where: { activityId } });
    const o = await tx.reviewOpinion.create({
      data: {
        townshipId: actor.townshipId,
        activityId,
        unitId: input.unitId,
        text: input.text,
        dueDate: parseDay(input.dueDate),
        position,
        createdById: actor.userId,
      },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "supervision.opinion_added",
      recordType: "ReviewOpinion",
      recordId: o.id,
      after: o,
    });
    return { id: o.id };
  });
}

async function unsentOpinion(tx: ScopedTx, activityId: string, id: string) {
  const o = await tx.reviewOpinion.findFirst({ where: { id, activityId } });
  if (!o) throw notFound("审议意见不存在");
  if (o.sentOn) throw conflict("审议意见已送达，不能再修改或删除");
  return o;
}

export async function updateOpinion(actor: Actor, activityId: string, id: string, input: OpinionUpdateInput) {
  return onActivity(actor, activityId, async (tx) => {
    const before = await unsentOpinion(tx, activityId, id);
    await assertUnit(tx, input.unitId);
    assertDueDate(input.dueDate);
    const after = await tx.reviewOpinion.update({
      where: { id },
      data: { ...input, ...(input.dueDate ? { dueDate: parseDay(input.dueDate) } : {}) },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "supervision.opinion_updated",
      recordType: "ReviewOpinion",
      recordId: id,
      before,
      after,
    });
    return { id };
  });
}

export async function deleteOpinion(actor: Actor, activityId: string, id: string) {
  await onActivity(actor, activityId, async (tx) => {
    const before = await unsentOpinion(tx, activityId, id);
    await tx.reviewOpinion.delete({ where: { id } });
    await recordAudit(tx, subjectOf(actor), {
      action: "supervision.opinion_deleted",
      recordType: "ReviewOpinion",
      recordId: id,
      before,
    });
  });
}

/** 送达: the unsent opinions (or the listed ones) go to their units as rectification tasks. */
export async function sendOpinions(actor: Actor, activityId: string, input: SendOpinionsInput) {
  return onActivity(actor, activityId, async (tx, a) => {
    const day = occurredDay(input.occurredOn, {
      field: "occurredOn",
      label: "送达日期",
      after: { label: "活动开始日期", day: a.startDate },
    });
    const tasks = await sendOpinionsIn(tx, actor, a, day, input.opinionIds);
    if (!tasks.length) throw conflict("没有尚未送达的审议意见");
    return { sentOn: formatDay(day), tasks };
  });
}
