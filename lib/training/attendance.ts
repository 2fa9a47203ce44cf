// Attendance (出席 / 请假 / 缺席) and assessment (考核: a score 0–100 or a written 心得) per enrolled deputy, kept by
// the office from the sign-in sheet and the papers handed in (the assessment's day is the real one: 代录).
import type { Actor } from "@/lib/auth/actor";
import { scopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { conflict, validation } from "@/lib/http/errors";
import { formatDay, todayInChina } from "@/lib/time/day";
import { occurredDay } from "@/lib/records/on-behalf";
import { lockTraining } from "@/lib/training/service";
import type { AssessmentInput, AttendanceInput } from "@/lib/training/schema";

/** Every deputy named must be enrolled: a 400 naming the first entry that is not. */
async function assertEnrolled(tx: ScopedTx, sessionId: string, deputyIds: string[], what: string) {
  const rows = await tx.trainingEnrolment.findMany({
    where: { sessionId, deputyId: { in: deputyIds } },
    select: { deputyId: true, attendance: true, score: true, reflection: true },
  });
  const enrolled = new Set(rows.map((r) => r.deputyId));
  const i = deputyIds.findIndex((id) => !enrolled.has(id));
  if (i >= 0) throw validation({ [`entries.${i}.deputyId`]: `代表：未报名参加此次培训，不能登记${what}` });
  const ids = new Set(deputyIds);
  if (ids.size !== deputyIds.length) throw validation({ entries: `${what}：同一代表列了两次` });
  return rows;
}

export async function recordAttendance(actor: Actor, id: string, input: AttendanceInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const t = await lockTraining(tx, actor, id);
    if (t.cancelled) throw conflict("培训已取消");
    const today = todayInChina();
    if (t.startDate > today)
      throw validation({ entries: `出勤：培训尚未开始（${formatDay(t.startDate)}），不能登记出勤` });
    const before = await assertEnrolled(
      tx,
      id,
      input.entries.map((e) => e.deputyId),
      "出勤",
    );
    for (const value of ["PRESENT", "LEAVE", "ABSENT"] as const) {
      const ids = input.entries.filter((e) => e.attendance === value).map((e) => e.deputyId);
      if (ids.length)
        await tx.trainingEnrolment.updateMany({
          where: { sessionId: id, deputyId: { in: ids } },
          data: { attendance: value },
        });
    }
    await recordAudit(tx, subjectOf(actor), {
      action: "training.attendance_recorded",
      recordType: "TrainingSession",
      recordId: id,
      before: before.map((b) => ({ deputyId: b.deputyId, attendance: b.attendance })),
      after: input.entries,
    });
    return { recorded: input.entries.length };
  });
}

export async function recordAssessments(actor: Actor, id: string, input: AssessmentInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const t = await lockTraining(tx, actor, id);
    if (t.cancelled) throw conflict("培训已取消");
    const day = occurredDay(input.assessedOn, {
      field: "assessedOn",
      label: "考核日期",
      after: { label: "培训开始日期", day: t.startDate },
    });
    const before = await assertEnrolled(
      tx,
      id,
      input.entries.map((e) => e.deputyId),
      "考核",
    );
    for (const e of input.entries)
      await tx.trainingEnrolment.updateMany({
        where: { sessionId: id, deputyId: e.deputyId },
        data: { score: e.score ?? null, reflection: e.reflection, assessedAt: day },
      });
    await recordAudit(tx, subjectOf(actor), {
      action: "training.assessed",
      recordType: "TrainingSession",
      recordId: id,
      before: before.map((b) => ({ deputyId: b.deputyId, score: b.score, reflection: b.reflection })),
      after: { assessedOn: formatDay(day), entries: input.entries },
    });
    return { recorded: input.entries.length };
  });
}
