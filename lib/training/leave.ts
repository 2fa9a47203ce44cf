// Leave from a training (请假): a deputy asks from their phone before the training ends, or the office keys a
// paper request with its real day (代录); the chair approves or rejects; approved → attendance 请假.
import { notify } from "@/lib/notifications/writer";
import { leaveDecidedNotices } from "@/lib/training/notices";
import type { Actor } from "@/lib/auth/actor";
import { scopedDb } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { conflict, notFound, validation } from "@/lib/http/errors";
import { formatDay, todayInChina } from "@/lib/time/day";
import { occurredDay, onBehalfAudit, type OnBehalf } from "@/lib/records/on-behalf";
import { leaveRequester, mayBackdate } from "@/lib/training/policy";
import { lockTraining } from "@/lib/training/service";
import type { LeaveDecisionInput, LeaveRequestInput } from "@/lib/training/schema";

export async function requestLeave(actor: Actor, id: string, input: LeaveRequestInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const t = await lockTraining(tx, actor, id);
    const who = leaveRequester(actor, input.deputyId);
    const enrolment = await tx.trainingEnrolment.findUnique({
      where: { sessionId_deputyId: { sessionId: id, deputyId: who.deputyId } },
      include: { deputy: { select: { name: true } } },
    });
    // A deputy not enrolled does not see the training at all.
    if (!enrolment && !who.onBehalf) throw notFound("培训不存在");
    if (!enrolment) throw validation({ deputyId: "代表：未报名参加此次培训" });
    if (t.cancelled) throw conflict("培训已取消");
    if (input.requestedOn && !mayBackdate(actor) && input.requestedOn !== formatDay(todayInChina()))
      throw validation({ requestedOn: "申请日期：只有人大办代录纸质申请时可以填写其他日期" });
    const day = occurredDay(input.requestedOn, { field: "requestedOn", label: "申请日期" });
    if (day > t.endDate)
      throw validation({ requestedOn: `申请日期：培训已于 ${formatDay(t.endDate)} 结束，不能再请假` });
    const existing = await tx.trainingLeaveRequest.findUnique({
      where: { sessionId_deputyId: { sessionId: id, deputyId: who.deputyId } },
    });
    if (existing && existing.state !== "REJECTED") throw conflict("已提交过请假申请");
    const onBehalf: OnBehalf | null = who.onBehalf
      ? { enteredById: actor.userId, enteredBy: actor.displayName, onBehalfOf: enrolment.deputy.name }
      : null;
    const data = {
      reason: input.reason,
      requestedOn: day,
      state: "PENDING" as const,
      decidedById: null,
      decidedAt: null,
      decisionNote: null,
      enteredById: onBehalf?.enteredById ?? null,
      onBehalfOf: onBehalf?.onBehalfOf ?? null,
    };
    const leave = existing
      ? await tx.trainingLeaveRequest.update({ where: { id: existing.id }, data })
      : await tx.trainingLeaveRequest.create({
          data: { ...data, townshipId: actor.townshipId, sessionId: id, deputyId: who.deputyId },
        });
    await recordAudit(tx, subjectOf(actor), {
      action: "training.leave_requested",
      recordType: "TrainingLeaveRequest",
      recordId: leave.id,
      before: existing ?? undefined,
      after: { sessionId: id, deputyId: who.deputyId, reason: input.reason, ...onBehalfAudit(day, onBehalf) },
    });
    return leaveSummary(leave);
  });
}

export const leaveSummary = (l: {
  id: string;
  deputyId: string;
  reason: string;
  requestedOn: Date;
  state: string;
  decisionNote: string | null;
}) => ({
  id: l.id,
  deputyId: l.deputyId,
  reason: l.reason,
  requestedOn: formatDay(l.requestedOn),
  state: l.state,
  decisionNote: l.decisionNote,
});

export async function decideLeave(actor: Actor, id: string, leaveId: string, input: LeaveDecisionInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const t = await lockTraining(tx, actor, id);
    const before = await tx.trainingLeaveRequest.findFirst({ where: { id: leaveId, sessionId: id } });
    if (!before) throw notFound("请假申请不存在");
    if (before.state !== "PENDING") throw conflict("该请假申请已经审批");
    const after = await tx.trainingLeaveRequest.update({
      where: { id: leaveId },
      data: { state: input.decision, decidedById: actor.userId, decidedAt: new Date(), decisionNote: input.note },
    });
    if (input.decision === "APPROVED")
      await tx.trainingEnrolment.updateMany({
        where: { sessionId: id, deputyId: before.deputyId },
        data: { attendance: "LEAVE" },
      });
    await recordAudit(tx, subjectOf(actor), {
      action: "training.leave_decided",
      recordType: "TrainingLeaveRequest",
      recordId: leaveId,
      before: { state: before.state },
      after: { state: after.state, decisionNote: after.decisionNote },
    });
    await notify(
      tx,
      leaveDecidedNotices(actor.townshipId, t, before.deputyId, input.decision === "APPROVED", input.note ?? null),
    );
    return leaveSummary(after);
  });
}
