// One training as its page and the API show it: the record, who is enrolled with attendance and assessment,
// the leave requests, and what the actor may do now (the page reads these, never the role).
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { scopedDb } from "@/lib/db/township-scope";
import { notFound } from "@/lib/http/errors";
import { formatDay, todayInChina } from "@/lib/time/day";
import { deputyNameOrderBy, nameOrder } from "@/lib/roster/public";
import { ATTENDANCE_LABELS, LEAVE_STATE_LABELS } from "@/lib/training/labels";
import { canViewTraining, isTownshipReader } from "@/lib/training/policy";
import { trainingSummary } from "@/lib/training/service";

export async function getTrainingOrThrow(actor: Actor, id: string) {
  const sdb = scopedDb(actor.townshipId);
  const t = await sdb.trainingSession.findUnique({
    where: { id },
    include: { plan: { select: { id: true, title: true } }, term: { select: { number: true } } },
  });
  const own = actor.deputyId
    ? await sdb.trainingEnrolment.count({ where: { sessionId: id, deputyId: actor.deputyId } })
    : 0;
  if (!t || !canViewTraining(actor, t, own > 0)) throw notFound("培训不存在");
  // A deputy sees only their own row; the office, chair and presidium everyone's.
  const onlyMine = isTownshipReader(actor) ? {} : { deputyId: actor.deputyId ?? undefined };
  const order = await nameOrder();
  const [enrolments, leaves] = await Promise.all([
    sdb.trainingEnrolment.findMany({
      where: { sessionId: id, ...onlyMine },
      include: { deputy: { select: { name: true } } },
      orderBy: deputyNameOrderBy(order).map((o) => ({ deputy: o })),
    }),
    sdb.trainingLeaveRequest.findMany({
      where: { sessionId: id, ...onlyMine },
      include: { deputy: { select: { name: true } } },
      orderBy: [{ requestedOn: "asc" }, { createdAt: "asc" }],
    }),
  ]);
  const today = todayInChina();
  const ended = t.endDate < today;
  const mine = leaves.find((l) => l.deputyId === actor.deputyId);
  return {
    ...trainingSummary(t),
    termNumber: t.term.number,
    plan: t.plan,
    ended,
    enrolments: enrolments.map((e) => ({
      deputyId: e.deputyId,
      name: e.deputy.name,
      attendance: e.attendance,
      attendanceLabel: e.attendance ? ATTENDANCE_LABELS[e.attendance] : "未登记",
      score: e.score,
      reflection: e.reflection,
      assessedOn: e.assessedAt ? formatDay(e.assessedAt) : null,
    })),
    leaves: leaves.map((l) => ({
      id: l.id,
      deputyId: l.deputyId,
      name: l.deputy.name,
      reason: l.reason,
      requestedOn: formatDay(l.requestedOn),
      state: l.state,
      stateLabel: LEAVE_STATE_LABELS[l.state],
      decisionNote: l.decisionNote,
      onBehalfOf: l.onBehalfOf,
      pending: l.state === "PENDING",
    })),
    may: {
      manage: can(actor, "training.manage") && !t.cancelled,
      takeAttendance: can(actor, "training.manage") && !t.cancelled && t.startDate <= today,
      decideLeave: can(actor, "training.decide_leave"),
      keyLeave: can(actor, "training.manage") && !t.cancelled && !ended,
      /** The deputy's own request: enrolled, before the end, none pending or approved. */
      requestLeave:
        actor.role === "DEPUTY" && own > 0 && !t.cancelled && !ended && (!mine || mine.state === "REJECTED"),
    },
    myLeave: mine ? { state: mine.state, stateLabel: LEAVE_STATE_LABELS[mine.state], reason: mine.reason } : null,
  };
}
export type TrainingDetail = Awaited<ReturnType<typeof getTrainingOrThrow>>;
