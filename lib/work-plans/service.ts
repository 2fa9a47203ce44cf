// The year plan (工作要点): list, create, read, edit while a draft, 党委审定 (date and note), corrections with a
// reason once approved (the original stays in the 更正记录), items (add, edit, remove, reorder), the office's
// status with a note, links to the records that carry an item out, and next year's draft from this year's.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { scopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { lockAndRead } from "@/lib/db/locks";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { correctionHistory, recordCorrection } from "@/lib/audit/corrections";
import { conflict, notFound, validation } from "@/lib/http/errors";
import { skipTake } from "@/lib/http/validation";
import type { WorkPlan, WorkPlanItem } from "@/lib/generated/prisma/client";
import { formatDay, parseDay, todayInChina } from "@/lib/time/day";
import { linkableRecords, recordKey, recordsByKey } from "@/lib/work-plans/records";
import { workPlanProgress } from "@/lib/work-plans/progress";
import {
  ITEM_STATUS_LABELS,
  monthLabel,
  WORK_PLAN_MODULE_LABELS,
  WORK_PLAN_STATE_LABELS,
} from "@/lib/work-plans/labels";
import type {
  WorkPlanApproveInput,
  WorkPlanCreateInput,
  WorkPlanDraftNextInput,
  WorkPlanItemAddInput,
  WorkPlanItemInput,
  WorkPlanItemRemoveInput,
  WorkPlanItemUpdateInput,
  WorkPlanLinkInput,
  WorkPlanListQuery,
  WorkPlanReorderInput,
  WorkPlanUpdateInput,
} from "@/lib/work-plans/schema";

const NOT_FOUND = "工作要点不存在";
const ITEM_NOT_FOUND = "工作事项不存在";
const STALE = "工作要点已被他人修改，请刷新后重试（您填写的内容仍在页面上）";
const REASON_NEEDED = "更正原因：工作要点已经党委审定，修改须填写更正原因";
const RECORD_TYPE = "WorkPlan";

export const defaultTitle = (townshipName: string, year: number) => `${townshipName}人大主席团${year}年工作要点`;

export const planSummary = (p: WorkPlan) => ({
  id: p.id,
  year: p.year,
  title: p.title,
  state: p.state,
  stateLabel: WORK_PLAN_STATE_LABELS[p.state],
  approvedOn: p.approvedOn ? formatDay(p.approvedOn) : null,
  version: p.version,
});

/** How an item reads in the correction history: one line, month · title · responsible · module. */
const itemLine = (i: Pick<WorkPlanItem, "month" | "title" | "responsible" | "module" | "content">) =>
  `${monthLabel(i.month)}｜${i.title}｜${i.responsible}｜${WORK_PLAN_MODULE_LABELS[i.module]}${i.content ? `｜${i.content}` : ""}`;

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

const itemRow = (townshipId: string, planId: string, item: WorkPlanItemInput, position: number) => ({
  townshipId,
  planId,
  position,
  month: item.month ?? null,
  title: item.title,
  content: item.content ?? null,
  responsible: item.responsible,
  module: item.module,
});

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

/** The plan locked for a change: 404 when it is not the township's, 409 on a stale version. */
async function lockPlan(tx: ScopedTx, actor: Actor, id: string, version?: number) {
  const plan = await lockAndRead<WorkPlan>(tx, "WorkPlan", id, actor.townshipId);
  if (!plan) throw notFound(NOT_FOUND);
  if (version !== undefined && plan.version !== version) throw conflict(STALE);
  return plan;
}

/** A change to an approved plan is a correction: its reason is required. */
function correctionReason(plan: WorkPlan, reason: string | undefined): string | null {
  if (plan.state !== "APPROVED") return null;
  if (!reason) throw validation({ reason: REASON_NEEDED });
  return reason;
}

const bumpPlan = (tx: ScopedTx, id: string) =>
  tx.workPlan.update({ where: { id }, data: { version: { increment: 1 } } });

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

async function auditItemChange(
  tx: ScopedTx,
  actor: Actor,
  plan: WorkPlan,
  why: string | null,
  action: "work_plan.item_added" | "work_plan.item_updated" | "work_plan.item_removed" | "work_plan.items_reordered",
  before: Record<string, unknown>,
  after: Record<string, unknown>,
) {
  if (why)
    await recordCorrection(tx, actor, {
      action: "work_plan.corrected",
      recordType: RECORD_TYPE,
      recordId: plan.id,
      before,
      after,
      reason: why,
    });
  else await recordAudit(tx, subjectOf(actor), { action, recordType: RECORD_TYPE, recordId: plan.id, before, after });
}

export async function addItem(actor: Actor, planId: string, input: WorkPlanItemAddInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const plan = await lockPlan(tx, actor, planId, input.version);
    const why = correctionReason(plan, input.reason);
    const last = await tx.workPlanItem.findFirst({ where: { planId }, orderBy: { position: "desc" } });
    const count = await tx.workPlanItem.count({ where: { planId } });
    if (count >= 100) throw validation({ title: "工作事项：最多 100 条" });
    const { version: _v, reason: _r, ...item } = input;
    const created = await tx.workPlanItem.create({
      data: itemRow(actor.townshipId, planId, item, (last?.position ?? -1) + 1),
    });
    await bumpPlan(tx, planId);
    await auditItemChange(tx, actor, plan, why, "work_plan.item_added", { item: null }, { item: itemLine(created) });
    return { id: created.id, version: created.version };
  });
}

async function itemOf(tx: ScopedTx, planId: string, itemId: string) {
  const item = await tx.workPlanItem.findFirst({ where: { id: itemId, planId } });
  if (!item) throw notFound(ITEM_NOT_FOUND);
  return item;
}

const TEXT_FIELDS = ["month", "title", "content", "responsible", "module"] as const;

export async function updateItem(actor: Actor, planId: string, itemId: string, input: WorkPlanItemUpdateInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const plan = await lockPlan(tx, actor, planId);
    const before = await itemOf(tx, planId, itemId);
    if (before.version !== input.version) throw conflict(STALE);
    const text = Object.fromEntries(TEXT_FIELDS.filter((k) => input[k] !== undefined).map((k) => [k, input[k]]));
    const textChanged = TEXT_FIELDS.some((k) => input[k] !== undefined && input[k] !== before[k]);
    const why = textChanged ? correctionReason(plan, input.reason) : null;
    const status =
      input.status !== undefined
        ? {
            status: input.status,
            statusNote: input.status === "PLANNED" ? (input.statusNote ?? null) : input.statusNote,
          }
        : input.statusNote !== undefined
          ? { statusNote: input.statusNote }
          : {};
    const after = await tx.workPlanItem.update({
      where: { id: itemId, version: input.version },
      data: { ...text, ...status, version: { increment: 1 } },
    });
    if (textChanged) {
      await bumpPlan(tx, planId);
      await auditItemChange(
        tx,
        actor,
        plan,
        why,
        "work_plan.item_updated",
        { item: itemLine(before) },
        { item: itemLine(after) },
      );
    }
    if (before.status !== after.status || before.statusNote !== after.statusNote)
      await recordAudit(tx, subjectOf(actor), {
        action: "work_plan.item_status_set",
        recordType: "WorkPlanItem",
        recordId: itemId,
        before: { status: before.status, statusNote: before.statusNote },
        after: { status: after.status, statusNote: after.statusNote, statusLabel: ITEM_STATUS_LABELS[after.status] },
      });
    return { id: after.id, version: after.version };
  });
}

export async function removeItem(actor: Actor, planId: string, itemId: string, input: WorkPlanItemRemoveInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const plan = await lockPlan(tx, actor, planId, input.version);
    const item = await itemOf(tx, planId, itemId);
    const why = correctionReason(plan, input.reason);
    await tx.workPlanItem.delete({ where: { id: itemId } });
    await bumpPlan(tx, planId);
    await auditItemChange(tx, actor, plan, why, "work_plan.item_removed", { item: itemLine(item) }, { item: null });
    return { removed: itemId };
  });
}

export async function reorderItems(actor: Actor, planId: string, input: WorkPlanReorderInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const plan = await lockPlan(tx, actor, planId, input.version);
    const items = await tx.workPlanItem.findMany({ where: { planId }, orderBy: [{ position: "asc" }, { id: "asc" }] });
    const ids = new Set(items.map((i) => i.id));
    if (
      input.order.length !== items.length ||
      new Set(input.order).size !== items.length ||
      !input.order.every((id) => ids.has(id))
    )
      throw validation({ order: "事项顺序：应列出本工作要点的每一项，且每项一次" });
    const why = correctionReason(plan, input.reason);
    await Promise.all(input.order.map((id, position) => tx.workPlanItem.update({ where: { id }, data: { position } })));
    await bumpPlan(tx, planId);
    const titles = (order: string[]) => order.map((id) => items.find((i) => i.id === id)!.title);
    await auditItemChange(
      tx,
      actor,
      plan,
      why,
      "work_plan.items_reordered",
      { order: titles(items.map((i) => i.id)) },
      { order: titles(input.order) },
    );
    return { version: plan.version + 1 };
  });
}

/** Links a record of the township to an item: the record must exist in that module and township. */
export async function linkRecord(actor: Actor, planId: string, itemId: string, input: WorkPlanLinkInput) {
  if (input.module === "OTHER") throw validation({ module: "记录所属工作：“其他”没有可关联的记录" });
  // Read by township before the write (a record is not deleted while it is being linked in practice).
  const found = await recordsByKey(db, actor.townshipId, [input], todayInChina());
  const record = found.get(recordKey(input.module, input.recordId));
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    await lockPlan(tx, actor, planId);
    await itemOf(tx, planId, itemId);
    if (!record)
      throw validation({
        recordId: `关联记录：本镇的${WORK_PLAN_MODULE_LABELS[input.module]}中没有这条记录`,
      });
    if (await tx.workPlanItemLink.findFirst({ where: { itemId, module: input.module, recordId: input.recordId } }))
      throw conflict("这条记录已经关联到该事项", { recordId: "关联记录：已经关联到该事项" });
    const link = await tx.workPlanItemLink.create({
      data: { townshipId: actor.townshipId, itemId, module: input.module, recordId: input.recordId },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "work_plan.linked",
      recordType: "WorkPlanItem",
      recordId: itemId,
      after: { module: input.module, recordId: input.recordId, label: record.label },
    });
    return { ...record, linkId: link.id };
  });
}

export async function unlinkRecord(actor: Actor, planId: string, itemId: string, linkId: string) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    await lockPlan(tx, actor, planId);
    await itemOf(tx, planId, itemId);
    const link = await tx.workPlanItemLink.findFirst({ where: { id: linkId, itemId } });
    if (!link) throw notFound("关联记录不存在");
    await tx.workPlanItemLink.delete({ where: { id: linkId } });
    await recordAudit(tx, subjectOf(actor), {
      action: "work_plan.unlinked",
      recordType: "WorkPlanItem",
      recordId: itemId,
      before: { module: link.module, recordId: link.recordId },
    });
    return { removed: linkId };
  });
}

/** The item's links and the township's records of a module in the plan's year to choose from. */
export async function linkChoices(actor: Actor, planId: string, itemId: string, module?: WorkPlanLinkInput["module"]) {
  const sdb = scopedDb(actor.townshipId);
  const plan = await sdb.workPlan.findUnique({ where: { id: planId } });
  if (!plan) throw notFound(NOT_FOUND);
  const item = await sdb.workPlanItem.findFirst({ where: { id: itemId, planId } });
  if (!item) throw notFound(ITEM_NOT_FOUND);
  const m = module ?? item.module;
  return { module: m, choices: await linkableRecords(db, actor.townshipId, m, plan.year, todayInChina()) };
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
