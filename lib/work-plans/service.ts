// The year plan (工作要点): list, create, read, edit while a draft, 党委审定 (date and note), corrections with a
// reason once approved (the original stays in the 更正记录), and next year's draft from this year's. The items
// and their links: lib/work-plans/items.ts.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { scopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { correctionHistory, recordCorrection } from "@/lib/audit/corrections";
import { conflict, notFound, validation } from "@/lib/http/errors";
import { skipTake } from "@/lib/http/validation";
import type { WorkPlan } from "@/lib/generated/prisma/client";
import { formatDay, parseDay, todayInChina } from "@/lib/time/day";
import { workPlanProgress } from "@/lib/work-plans/progress";
import {
  correctionReason,
  itemRow,
  lockPlan,
  NOT_FOUND,
  planSummary,
  RECORD_TYPE,
  STALE,
} from "@/lib/work-plans/writes";
import type {
  WorkPlanApproveInput,
  WorkPlanCreateInput,
  WorkPlanDraftNextInput,
  WorkPlanListQuery,
  WorkPlanUpdateInput,
} from "@/lib/work-plans/schema";

export { planSummary } from "@/lib/work-plans/writes";

export const defaultTitle = (townshipName: string, year: number) => `${townshipName}人大主席团${year}年工作要点`;

/** The fields the 更正记录 shows. */
export const CORRECTION_FIELDS = {
  title: { label: "标题" },
  preamble: { label: "指导思想" },
  approvedOn: { label: "审定日期" },
  approvalNote: { label: "审定意见" },
  item: { label: "工作事项" },
  order: { label: "事项顺序" },
};

export async function listPlans(actor: Actor, q: WorkPlanListQuery) {
  const sdb = scopedDb(actor.townshipId);
  const where = q.year ? { year: q.year } : {};
  const [rows, total] = await Promise.all([
    sdb.workPlan.findMany({ where, orderBy: [{ year: "desc" }, { id: "asc" }], ...skipTake(q) }),
    sdb.workPlan.count({ where }),
  ]);
  const items = await Promise.all(
    rows.map(async (p) => {
      const f = await workPlanProgress(db, actor.townshipId, p.year);
      return {
        ...planSummary(p),
        figures: {
          planned: f.planned,
          done: f.done,
          inProgress: f.inProgress,
          overdue: f.overdue,
          dropped: f.dropped,
        },
      };
    }),
  );
  return { items, total, page: q.page, pageSize: q.pageSize };
}

async function yearIsFree(tx: ScopedTx, year: number) {
  if (await tx.workPlan.findFirst({ where: { year }, select: { id: true } }))
    throw conflict(`${year}年的工作要点已经存在`, { year: `年度：${year}年的工作要点已经存在` });
}

async function townshipName(tx: ScopedTx, townshipId: string) {
  const t = await tx.township.findUniqueOrThrow({ where: { id: townshipId }, select: { name: true } });
  return t.name;
}

export async function createPlan(actor: Actor, input: WorkPlanCreateInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    await yearIsFree(tx, input.year);
    const title = input.title ?? defaultTitle(await townshipName(tx, actor.townshipId), input.year);
    const plan = await tx.workPlan.create({
      data: {
        townshipId: actor.townshipId,
        year: input.year,
        title,
        preamble: input.preamble ?? null,
        createdById: actor.userId,
      },
    });
    await tx.workPlanItem.createMany({
      data: input.items.map((item, i) => itemRow(actor.townshipId, plan.id, item, i)),
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "work_plan.created",
      recordType: RECORD_TYPE,
      recordId: plan.id,
      after: { ...plan, items: input.items },
    });
    return planSummary(plan);
  });
}

export async function updatePlan(actor: Actor, id: string, input: WorkPlanUpdateInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const before = await lockPlan(tx, actor, id, input.version);
    const { version, reason, approvedOn, ...fields } = input;
    const data = { ...fields, ...(approvedOn !== undefined ? { approvedOn: parseDay(approvedOn) } : {}) };
    if (before.state === "DRAFT" && (approvedOn !== undefined || input.approvalNote))
      throw validation({ approvedOn: "审定日期：草稿尚未审定，请用“登记党委审定”" });
    if (approvedOn !== undefined && approvedOn > formatDay(todayInChina()))
      throw validation({ approvedOn: `审定日期：不能晚于今天（${formatDay(todayInChina())}）` });
    const why = correctionReason(before, reason);
    const after = await tx.workPlan.update({ where: { id, version }, data: { ...data, version: { increment: 1 } } });
    const changed = Object.fromEntries(Object.keys(data).map((k) => [k, after[k as keyof WorkPlan]]));
    const was = Object.fromEntries(Object.keys(data).map((k) => [k, before[k as keyof WorkPlan]]));
    if (why)
      await recordCorrection(tx, actor, {
        action: "work_plan.corrected",
        recordType: RECORD_TYPE,
        recordId: id,
        before: was,
        after: changed,
        reason: why,
      });
    else
      await recordAudit(tx, subjectOf(actor), {
        action: "work_plan.updated",
        recordType: RECORD_TYPE,
        recordId: id,
        before: was,
        after: changed,
      });
    return planSummary(after);
  });
}

/** 党委审定: the office (or the chair) records the party committee's approval, its day and note. */
export async function approvePlan(actor: Actor, id: string, input: WorkPlanApproveInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const before = await lockPlan(tx, actor, id);
    if (before.state !== "DRAFT") throw conflict("工作要点已经党委审定");
    if (before.version !== input.version) throw conflict(STALE);
    if (input.approvedOn < String(before.year - 1))
      throw validation({ approvedOn: `审定日期：不应早于${before.year - 1}年` });
    if ((await tx.workPlanItem.count({ where: { planId: id } })) === 0)
      throw validation({ items: "工作事项：审定前请至少列出一项工作" });
    const after = await tx.workPlan.update({
      where: { id, version: input.version },
      data: {
        state: "APPROVED",
        approvedOn: parseDay(input.approvedOn),
        approvalNote: input.approvalNote ?? null,
        approvedById: actor.userId,
        version: { increment: 1 },
      },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "work_plan.approved",
      recordType: RECORD_TYPE,
      recordId: id,
      before: { state: before.state },
      after: { state: after.state, approvedOn: after.approvedOn, approvalNote: after.approvalNote },
    });
    return planSummary(after);
  });
}

/**
 * Next year's draft from this year's plan: every item but the dropped ones, with its month, module and
 * responsible, marked where it came from (carried over when not done), then the report's 明年工作打算 lines.
 */
export async function draftNextPlan(actor: Actor, input: WorkPlanDraftNextInput) {
  const source = await scopedDb(actor.townshipId).workPlan.findUnique({ where: { id: input.fromPlanId } });
  if (!source) throw notFound(NOT_FOUND);
  const progress = await workPlanProgress(db, actor.townshipId, source.year);
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const from = await tx.workPlan.findUnique({ where: { id: input.fromPlanId } });
    if (!from) throw notFound(NOT_FOUND);
    const year = from.year + 1;
    await yearIsFree(tx, year);
    const name = await townshipName(tx, actor.townshipId);
    const title = from.title.includes(String(from.year))
      ? from.title.replace(String(from.year), String(year))
      : defaultTitle(name, year);
    const plan = await tx.workPlan.create({
      data: {
        townshipId: actor.townshipId,
        year,
        title,
        preamble: from.preamble,
        draftedFromId: from.id,
        createdById: actor.userId,
      },
    });
    const sourceItems = await tx.workPlanItem.findMany({
      where: { planId: from.id, status: { not: "DROPPED" } },
      orderBy: [{ position: "asc" }, { id: "asc" }],
    });
    const statusOf = new Map(progress.items.map((i) => [i.id, i.progress.status]));
    const copied = sourceItems.map((item, position) => ({
      townshipId: actor.townshipId,
      planId: plan.id,
      position,
      month: item.month,
      title: item.title,
      content: item.content,
      responsible: item.responsible,
      module: item.module,
      statusNote:
        statusOf.get(item.id) === "DONE" ? `沿用${from.year}年工作要点` : `${from.year}年工作要点未完成事项，结转`,
    }));
    const extra = input.lines.map((line, i) => ({
      townshipId: actor.townshipId,
      planId: plan.id,
      position: copied.length + i,
      month: null,
      title: line,
      content: null,
      responsible: "待定",
      module: "OTHER" as const,
      statusNote: `${from.year}年工作报告“明年工作打算”`,
    }));
    await tx.workPlanItem.createMany({ data: [...copied, ...extra] });
    await recordAudit(tx, subjectOf(actor), {
      action: "work_plan.drafted_next",
      recordType: RECORD_TYPE,
      recordId: plan.id,
      after: { year, title, draftedFromId: from.id, copied: copied.length, lines: input.lines.length },
    });
    return { ...planSummary(plan), copied: copied.length, added: extra.length };
  });
}

/** The plan with its items and their progress, the figures, who approved it and its 更正记录. */
export async function getPlanOrThrow(actor: Actor, id: string) {
  const sdb = scopedDb(actor.townshipId);
  const plan = await sdb.workPlan.findUnique({ where: { id }, include: { township: { select: { name: true } } } });
  if (!plan) throw notFound(NOT_FOUND);
  const [progress, approver, draftedFrom, corrections] = await Promise.all([
    workPlanProgress(db, actor.townshipId, plan.year),
    plan.approvedById ? sdb.user.findUnique({ where: { id: plan.approvedById }, select: { displayName: true } }) : null,
    plan.draftedFromId
      ? sdb.workPlan.findUnique({ where: { id: plan.draftedFromId }, select: { id: true, year: true, title: true } })
      : null,
    correctionHistory(actor, { recordType: RECORD_TYPE, recordId: id }, CORRECTION_FIELDS),
  ]);
  const { items, byMonth, byModule, rules, planned, done, inProgress, notStarted, overdue, dropped } = progress;
  return {
    ...planSummary(plan),
    townshipName: plan.township.name,
    preamble: plan.preamble,
    approvalNote: plan.approvalNote,
    approvedBy: approver?.displayName ?? null,
    draftedFrom,
    figures: { planned, done, inProgress, notStarted, overdue, dropped, byMonth, byModule, rules },
    items,
    corrections,
  };
}
export type WorkPlanDetail = Awaited<ReturnType<typeof getPlanOrThrow>>;
