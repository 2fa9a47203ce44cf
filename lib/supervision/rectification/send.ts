// 送达: review opinions (审议意见) go to their units as rectification tasks with a deadline — when the
// activity concludes, or by the office's explicit step. Handed over through lib/handling (one lead
// unit: the opinion's addressee); nothing reaches a unit before this step: an opinion not yet sent is
// the office's draft, and the unit's inbox (inbox.ts) lists tasks only.
import type { Actor } from "@/lib/auth/actor";
import type { ScopedTx } from "@/lib/db/township-scope";
import { lockName } from "@/lib/db/locks";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { conflict, validation } from "@/lib/http/errors";
import { assignedUnits } from "@/lib/handling/assignment";
import { notify } from "@/lib/notifications/writer";
import { formatDay } from "@/lib/time/day";
import { dueAfterSending, taskNumber } from "@/lib/supervision/rectification/rules";

/** The next 整改YYYY-NNN of the township's year, under a lock held until commit. */
async function nextNumber(tx: ScopedTx, townshipId: string, year: number): Promise<string> {
  await lockName(tx, `rectification-number:${townshipId}:${year}`);
  const last = await tx.rectificationTask.findFirst({
    where: { number: { startsWith: `整改${year}-` } },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  const seq = last?.number ? Number(last.number.slice(-3)) : 0;
  return taskNumber(year, seq + 1);
}

/**
 * Sends the activity's unsent opinions (or only `opinionIds`, which must all be unsent) on `day`, in
 * the caller's transaction: one task each, its timeline's first event, the notice to the unit and
 * the audit row. Returns the tasks made. Called by the 送达 step and by the activity's conclusion.
 */
export async function sendOpinionsIn(
  tx: ScopedTx,
  actor: Actor,
  activity: { id: string; title: string },
  day: Date,
  opinionIds?: readonly string[],
) {
  const opinions = await tx.reviewOpinion.findMany({
    where: { activityId: activity.id, sentOn: null, ...(opinionIds ? { id: { in: [...opinionIds] } } : {}) },
    include: { unit: { select: { name: true } } },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
  });
  if (opinionIds && opinions.length !== new Set(opinionIds).size)
    throw conflict("只能送达本活动尚未送达的审议意见，请刷新后重试");
  const tasks = [];
  for (const o of opinions) {
    const ok = dueAfterSending(o.dueDate, day);
    if (ok !== true)
      throw validation({ opinions: `审议意见（${o.unit.name}）：${ok}（${formatDay(day)}），请先修改整改期限` });
    const [lead] = assignedUnits(o.unitId, []);
    const number = await nextNumber(tx, actor.townshipId, day.getUTCFullYear());
    const task = await tx.rectificationTask.create({
      data: {
        townshipId: actor.townshipId,
        activityId: activity.id,
        opinionId: o.id,
        unitId: lead.unitId,
        number,
        assignedOn: day,
        dueDate: o.dueDate,
      },
    });
    await tx.reviewOpinion.update({ where: { id: o.id }, data: { sentOn: day } });
    await tx.rectificationEvent.create({
      data: { townshipId: actor.townshipId, taskId: task.id, type: "sent", actorUserId: actor.userId, occurredOn: day },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "supervision.opinion_sent",
      recordType: "ReviewOpinion",
      recordId: o.id,
      before: o,
      after: { sentOn: formatDay(day), taskId: task.id, number, unitId: o.unitId, dueDate: formatDay(o.dueDate) },
    });
    await notify(tx, [
      {
        townshipId: actor.townshipId,
        recipient: { unitId: o.unitId },
        subject: { type: "rectification", id: task.id },
        link: `/rectifications/${task.id}`,
        message: `收到审议意见（${activity.title}），请于 ${formatDay(o.dueDate)} 前报送整改报告`.slice(0, 300),
      },
    ]);
    tasks.push({ id: task.id, number, unitId: o.unitId, dueDate: formatDay(o.dueDate) });
  }
  return tasks;
}
