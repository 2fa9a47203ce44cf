// The plan's items: add, edit, remove, reorder (corrections with a reason once the plan is approved), the
// office's status with a note, and the links to the records that carry an item out.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { scopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { recordCorrection } from "@/lib/audit/corrections";
import { conflict, notFound, validation } from "@/lib/http/errors";
import type { WorkPlan } from "@/lib/generated/prisma/client";
import { todayInChina } from "@/lib/time/day";
import { linkableRecords, recordKey, recordsByKey } from "@/lib/work-plans/records";
import { ITEM_STATUS_LABELS, WORK_PLAN_MODULE_LABELS } from "@/lib/work-plans/labels";
import {
  bumpPlan,
  correctionReason,
  ITEM_NOT_FOUND,
  itemLine,
  itemRow,
  lockPlan,
  NOT_FOUND,
  RECORD_TYPE,
  STALE,
} from "@/lib/work-plans/writes";
import type {
  WorkPlanItemAddInput,
  WorkPlanItemRemoveInput,
  WorkPlanItemUpdateInput,
  WorkPlanLinkInput,
  WorkPlanReorderInput,
} from "@/lib/work-plans/schema";

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
    const created = await tx.workPlanItem.create({
      data: itemRow(actor.townshipId, planId, input, (last?.position ?? -1) + 1),
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
