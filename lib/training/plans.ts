// Training plans (年度培训计划, 五年培训规划): list, create, read, edit while a draft, approve (the chair).
import type { Actor } from "@/lib/auth/actor";
import { scopedDb, type ScopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { lockAndRead } from "@/lib/db/locks";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { conflict, notFound, validation } from "@/lib/http/errors";
import { skipTake } from "@/lib/http/validation";
import type { Prisma, TrainingPlan } from "@/lib/generated/prisma/client";
import { formatDay, todayInChina } from "@/lib/time/day";
import { currentTermOrThrow } from "@/lib/roster/public";
import {
  AUDIENCE_MISSING,
  planItemFields,
  type PlanApproveInput,
  type PlanCreateInput,
  type PlanItemInput,
  type PlanListQuery,
  type PlanUpdateInput,
} from "@/lib/training/schema";
import { AUDIENCE_LEVEL_LABELS, PLAN_KIND_LABELS, PLAN_STATE_LABELS } from "@/lib/training/labels";

type Db = ScopedDb | ScopedTx;

export const planSummary = (p: TrainingPlan) => ({
  id: p.id,
  kind: p.kind,
  kindLabel: PLAN_KIND_LABELS[p.kind],
  year: p.year,
  title: p.title,
  state: p.state,
  stateLabel: PLAN_STATE_LABELS[p.state],
  approvedAt: p.approvedAt,
  version: p.version,
});

export async function listPlans(actor: Actor, q: PlanListQuery) {
  const sdb = scopedDb(actor.townshipId);
  const where: Prisma.TrainingPlanWhereInput = {
    ...(q.kind ? { kind: q.kind } : {}),
    ...(q.year ? { year: q.year } : {}),
  };
  const [rows, total] = await Promise.all([
    sdb.trainingPlan.findMany({
      where,
      orderBy: [{ kind: "desc" }, { year: "desc" }, { createdAt: "desc" }, { id: "asc" }],
      ...skipTake(q),
    }),
    sdb.trainingPlan.count({ where }),
  ]);
  return { items: rows.map(planSummary), total, page: q.page, pageSize: q.pageSize };
}

/** The groups named must be the township's. */
async function checkGroups(db: Db, ids: string[]) {
  if (ids.length === 0) return;
  const found = await db.representativeGroup.count({ where: { id: { in: ids } } });
  if (found !== new Set(ids).size) throw validation({ audienceGroupIds: "培训对象（代表小组）：所选代表小组不存在" });
}

/** A year plan's year, and every schedule line's year, inside the term. */
function checkYears(term: { startDate: Date; endDate: Date }, year: number | null, items: PlanItemInput[]) {
  const first = term.startDate.getUTCFullYear();
  const last = term.endDate.getUTCFullYear();
  const range = `${first}–${last} 年`;
  if (year !== null && (year < first || year > last)) throw validation({ year: `年度：应在本届任期内（${range}）` });
  items.forEach((item, i) => {
    if (item.year && (item.year < first || item.year > last))
      throw validation({ [`items.${i}.year`]: `年份：应在本届任期内（${range}）` });
  });
}

const itemRows = (townshipId: string, planId: string, items: PlanItemInput[]) =>
  items.map((item, position) => ({
    townshipId,
    planId,
    quarter: item.quarter ?? null,
    year: item.year ?? null,
    text: item.text,
    position,
  }));

export async function createPlan(actor: Actor, input: PlanCreateInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const term = await currentTermOrThrow(tx);
    const year = input.kind === "YEAR" ? (input.year ?? null) : null;
    checkYears(term, year, input.items);
    await checkGroups(tx, input.audienceGroupIds);
    const { audienceGroupIds, items, ...fields } = input;
    const plan = await tx.trainingPlan.create({
      data: { ...fields, year, townshipId: actor.townshipId, termId: term.id, createdById: actor.userId },
    });
    await writeAudience(tx, actor.townshipId, plan.id, { audienceGroupIds, items });
    await recordAudit(tx, subjectOf(actor), {
      action: "training_plan.created",
      recordType: "TrainingPlan",
      recordId: plan.id,
      after: { ...plan, audienceGroupIds, items },
    });
    return planSummary(plan);
  });
}

async function writeAudience(
  tx: ScopedTx,
  townshipId: string,
  planId: string,
  v: { audienceGroupIds?: string[]; items?: PlanItemInput[] },
) {
  if (v.audienceGroupIds) {
    await tx.trainingPlanGroup.deleteMany({ where: { planId } });
    await tx.trainingPlanGroup.createMany({
      data: [...new Set(v.audienceGroupIds)].map((groupId) => ({ townshipId, planId, groupId })),
    });
  }
  if (v.items) {
    await tx.trainingPlanItem.deleteMany({ where: { planId } });
    await tx.trainingPlanItem.createMany({ data: itemRows(townshipId, planId, v.items) });
  }
}

/** The plan locked for a change: 404 when it is not the township's, 409 on a stale version. */
async function lockPlan(tx: ScopedTx, actor: Actor, id: string, version: number) {
  const plan = await lockAndRead<TrainingPlan>(tx, "TrainingPlan", id, actor.townshipId);
  if (!plan) throw notFound("培训计划不存在");
  if (plan.version !== version) throw conflict("培训计划已被他人修改，请刷新后重试（您填写的内容仍在页面上）");
  return plan;
}

export async function updatePlan(actor: Actor, id: string, input: PlanUpdateInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const before = await lockPlan(tx, actor, id, input.version);
    if (before.state !== "DRAFT") throw conflict("培训计划批准后不能再修改");
    const { version, audienceGroupIds, items, ...fields } = input;
    const term = await tx.term.findUniqueOrThrow({ where: { id: before.termId } });
    const year = before.kind === "YEAR" ? (fields.year ?? before.year) : null;
    checkYears(term, year, items ?? []);
    const itemProblems = planItemFields(before.kind, items ?? []);
    if (Object.keys(itemProblems).length) throw validation(itemProblems);
    if (audienceGroupIds) await checkGroups(tx, audienceGroupIds);
    const levels = fields.audienceLevels ?? before.audienceLevels;
    const groups = audienceGroupIds ?? (await tx.trainingPlanGroup.count({ where: { planId: id } }));
    if (levels.length === 0 && (typeof groups === "number" ? groups : groups.length) === 0)
      throw validation({ audienceLevels: `培训对象（代表层级）：${AUDIENCE_MISSING}` });
    const after = await tx.trainingPlan.update({
      where: { id, version },
      data: { ...fields, year, version: { increment: 1 } },
    });
    await writeAudience(tx, actor.townshipId, id, { audienceGroupIds, items });
    await recordAudit(tx, subjectOf(actor), {
      action: "training_plan.updated",
      recordType: "TrainingPlan",
      recordId: id,
      before,
      after: { ...after, ...(audienceGroupIds ? { audienceGroupIds } : {}), ...(items ? { items } : {}) },
    });
    return planSummary(after);
  });
}

export async function approvePlan(actor: Actor, id: string, input: PlanApproveInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const before = await lockPlan(tx, actor, id, input.version);
    if (before.state !== "DRAFT") throw conflict("培训计划已经批准");
    const after = await tx.trainingPlan.update({
      where: { id, version: input.version },
      data: { state: "APPROVED", approvedById: actor.userId, approvedAt: new Date(), version: { increment: 1 } },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "training_plan.approved",
      recordType: "TrainingPlan",
      recordId: id,
      before: { state: before.state },
      after: { state: after.state, approvedAt: after.approvedAt },
    });
    return planSummary(after);
  });
}

/** The plan with its audience, schedule and who approved it: the page, the print and the .docx. */
export async function getPlanOrThrow(actor: Actor, id: string) {
  const sdb = scopedDb(actor.townshipId);
  const plan = await sdb.trainingPlan.findUnique({
    where: { id },
    include: {
      term: { select: { number: true, startDate: true, endDate: true } },
      township: { select: { name: true } },
      audienceGroups: { include: { group: { select: { id: true, name: true } } } },
      items: { orderBy: [{ position: "asc" }, { id: "asc" }] },
    },
  });
  if (!plan) throw notFound("培训计划不存在");
  const approver = plan.approvedById
    ? await sdb.user.findUnique({ where: { id: plan.approvedById }, select: { displayName: true } })
    : null;
  return {
    ...planSummary(plan),
    townshipName: plan.township.name,
    termNumber: plan.term.number,
    termYears: [plan.term.startDate.getUTCFullYear(), plan.term.endDate.getUTCFullYear()] as const,
    guidingIdeas: plan.guidingIdeas,
    purpose: plan.purpose,
    audienceLevels: plan.audienceLevels,
    audienceLevelLabels: plan.audienceLevels.map((l) => AUDIENCE_LEVEL_LABELS[l] ?? l),
    audienceGroups: plan.audienceGroups.map((g) => ({ id: g.group.id, name: g.group.name })),
    audienceNote: plan.audienceNote,
    content: plan.content,
    form: plan.form,
    items: plan.items.map((i) => ({ quarter: i.quarter, year: i.year, text: i.text })),
    approvedBy: approver?.displayName ?? null,
    approvedOn: plan.approvedAt ? formatDay(todayInChina(plan.approvedAt)) : null,
  };
}
export type PlanDetail = Awaited<ReturnType<typeof getPlanOrThrow>>;
