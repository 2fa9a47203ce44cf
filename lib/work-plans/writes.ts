// What the plan's writes share: the plan locked with its version checked, the reason a correction needs once the
// plan is approved, the item as one line of the 更正记录, and the messages.
import type { Actor } from "@/lib/auth/actor";
import type { ScopedTx } from "@/lib/db/township-scope";
import { lockAndRead } from "@/lib/db/locks";
import { conflict, notFound, validation } from "@/lib/http/errors";
import type { WorkPlan, WorkPlanItem } from "@/lib/generated/prisma/client";
import { formatDay } from "@/lib/time/day";
import { monthLabel, WORK_PLAN_MODULE_LABELS, WORK_PLAN_STATE_LABELS } from "@/lib/work-plans/labels";
import type { WorkPlanItemInput } from "@/lib/work-plans/schema";

export const NOT_FOUND = "工作要点不存在";
export const ITEM_NOT_FOUND = "工作事项不存在";
export const STALE = "工作要点已被他人修改，请刷新后重试（您填写的内容仍在页面上）";
const REASON_NEEDED = "更正原因：工作要点已经党委审定，修改须填写更正原因";
export const RECORD_TYPE = "WorkPlan";

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
export const itemLine = (i: Pick<WorkPlanItem, "month" | "title" | "responsible" | "module" | "content">) =>
  `${monthLabel(i.month)}｜${i.title}｜${i.responsible}｜${WORK_PLAN_MODULE_LABELS[i.module]}${i.content ? `｜${i.content}` : ""}`;

export const itemRow = (townshipId: string, planId: string, item: WorkPlanItemInput, position: number) => ({
  townshipId,
  planId,
  position,
  month: item.month ?? null,
  title: item.title,
  content: item.content ?? null,
  responsible: item.responsible,
  module: item.module,
});

/** The plan locked for a change: 404 when it is not the township's, 409 on a stale version. */
export async function lockPlan(tx: ScopedTx, actor: Actor, id: string, version?: number) {
  const plan = await lockAndRead<WorkPlan>(tx, "WorkPlan", id, actor.townshipId);
  if (!plan) throw notFound(NOT_FOUND);
  if (version !== undefined && plan.version !== version) throw conflict(STALE);
  return plan;
}

/** A change to an approved plan is a correction: its reason is required. */
export function correctionReason(plan: WorkPlan, reason: string | undefined): string | null {
  if (plan.state !== "APPROVED") return null;
  if (!reason) throw validation({ reason: REASON_NEEDED });
  return reason;
}

export const bumpPlan = (tx: ScopedTx, id: string) =>
  tx.workPlan.update({ where: { id }, data: { version: { increment: 1 } } });
