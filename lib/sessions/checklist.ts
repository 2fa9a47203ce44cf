import type { Actor } from "@/lib/auth/actor";
import { scopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { notFound } from "@/lib/http/errors";
import type { ChecklistTemplateInput } from "@/lib/sessions/schema";
import { loadSession } from "@/lib/sessions/access";
import { editAction } from "@/lib/sessions/policy";
import { addDays, formatDay } from "@/lib/time/day";
import { formatDateTime } from "@/lib/time/format";
import type { SessionChecklistItem } from "@/lib/generated/prisma/client";

/** Items as shown: who ticked each off and when ("王某 2026-12-06 14:30"), read from the users of the township. */
export async function presentChecklist(tx: ScopedTx | ReturnType<typeof scopedDb>, items: SessionChecklistItem[]) {
  const ids = [...new Set(items.flatMap((c) => (c.doneById ? [c.doneById] : [])))];
  const users = ids.length
    ? await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } })
    : [];
  const names = new Map(users.map((u) => [u.id, u.displayName]));
  return items.map((c) => ({
    id: c.id,
    title: c.title,
    owner: c.owner,
    dueDate: formatDay(c.dueDate),
    done: !!c.doneAt,
    /** Who ticked it off (null when not done, or the account is gone). */
    doneBy: (c.doneById && names.get(c.doneById)) || null,
    doneAt: c.doneAt ? formatDateTime(c.doneAt) : null,
    position: c.position,
  }));
}

/** The documents' preparation steps ("完成一项就钩掉一项"), used until the office edits its own template. */
export const DEFAULT_CHECKLIST: { title: string; owner: string; offsetDays: number }[] = [
  { title: "开展会前调研，广泛征求代表和选民意见", owner: "人大办", offsetDays: -30 },
  { title: "起草人大主席团工作报告", owner: "人大办", offsetDays: -21 },
  { title: "审核政府工作报告和财政预算、决算报告", owner: "人大主席", offsetDays: -14 },
  { title: "召开主席团会议，审议会议议程和日程", owner: "人大主席", offsetDays: -10 },
  { title: "发出会议通知", owner: "人大办", offsetDays: -7 },
  { title: "印制、分装会议材料", owner: "人大办", offsetDays: -3 },
  { title: "准备选票、票箱和计票表", owner: "人大办", offsetDays: -2 },
  { title: "布置会场，准备签到表", owner: "人大办", offsetDays: -1 },
  { title: "整理决议和代表建议，材料立卷归档", owner: "人大办", offsetDays: 7 },
];

export async function templateItems(tx: ScopedTx | ReturnType<typeof scopedDb>) {
  const rows = await tx.checklistTemplateItem.findMany({ orderBy: { position: "asc" } });
  return rows.length
    ? rows.map((r) => ({ title: r.title, owner: r.owner, offsetDays: r.offsetDays }))
    : DEFAULT_CHECKLIST;
}

/** The template as the office edits it (the default list until the township saves its own). */
export const getChecklistTemplate = (actor: Actor) => templateItems(scopedDb(actor.townshipId));

export async function createChecklist(tx: ScopedTx, townshipId: string, sessionId: string, startDate: Date) {
  const items = await templateItems(tx);
  await tx.sessionChecklistItem.createMany({
    data: items.map((t, i) => ({
      townshipId,
      sessionId,
      title: t.title,
      owner: t.owner,
      dueDate: addDays(startDate, t.offsetDays),
      position: i + 1,
    })),
  });
}

export async function setChecklistItemDone(actor: Actor, sessionId: string, itemId: string, done: boolean) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const session = await loadSession(tx, actor, sessionId);
    const before = await tx.sessionChecklistItem.findFirst({ where: { id: itemId, sessionId } });
    if (!before) throw notFound("筹备事项不存在");
    const after = await tx.sessionChecklistItem.update({
      where: { id: itemId },
      // Ticking again keeps the first tick's who and when; unticking clears both (the audit keeps them).
      data: done
        ? { doneAt: before.doneAt ?? new Date(), doneById: before.doneAt ? before.doneById : actor.userId }
        : { doneAt: null, doneById: null },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: editAction(session, "session.checklist_updated"),
      recordType: "SessionChecklistItem",
      recordId: itemId,
      before,
      after,
    });
    const [shown] = await presentChecklist(tx, [after]);
    return shown;
  });
}

export async function replaceTemplate(actor: Actor, input: ChecklistTemplateInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const before = await templateItems(tx);
    await tx.checklistTemplateItem.deleteMany({});
    await tx.checklistTemplateItem.createMany({
      data: input.items.map((t, i) => ({ ...t, townshipId: actor.townshipId, position: i + 1 })),
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "session.template_updated",
      recordType: "ChecklistTemplateItem",
      before,
      after: input.items,
    });
    return input.items;
  });
}
