// Participants' attendance (参加 / 请假 / 缺席), recorded by the office from approval until the activity ends.
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { scopedDb } from "@/lib/db/township-scope";
import { lockRow } from "@/lib/db/locks";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { conflict, validation } from "@/lib/http/errors";
import { loadActivity } from "@/lib/supervision/access";
import { isRecording } from "@/lib/supervision/rules";
import type { AttendanceInput } from "@/lib/supervision/schema";

export async function recordAttendance(actor: Actor, activityId: string, input: AttendanceInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    await lockRow(tx, "SupervisionActivity", activityId, actor.townshipId);
    const { activity } = await loadActivity(tx, actor, activityId);
    assertCan(actor, "supervision.manage", { townshipId: activity.townshipId });
    if (!isRecording(activity.state)) throw conflict("方案批准后、活动结束前才能登记出席情况");
    const participants = await tx.supervisionParticipant.findMany({ where: { activityId } });
    const byDeputy = new Map(participants.map((p) => [p.deputyId, p]));
    const fields: Record<string, string> = {};
    input.entries.forEach((e, i) => {
      if (!byDeputy.has(e.deputyId)) fields[`entries.${i}.deputyId`] = "参加代表：不是本次活动的参加人员";
    });
    if (new Set(input.entries.map((e) => e.deputyId)).size !== input.entries.length)
      fields.entries = "出席情况：同一代表登记了两次";
    if (Object.keys(fields).length) throw validation(fields);
    const changed = input.entries.filter((e) => byDeputy.get(e.deputyId)!.attendance !== e.attendance);
    for (const e of changed)
      await tx.supervisionParticipant.update({
        where: { id: byDeputy.get(e.deputyId)!.id },
        data: { attendance: e.attendance },
      });
    if (changed.length)
      await recordAudit(tx, subjectOf(actor), {
        action: "supervision.attendance_recorded",
        recordType: "SupervisionActivity",
        recordId: activityId,
        before: Object.fromEntries(changed.map((e) => [e.deputyId, byDeputy.get(e.deputyId)!.attendance])),
        after: Object.fromEntries(changed.map((e) => [e.deputyId, e.attendance])),
      });
    return { changed: changed.length };
  });
}
