// Enrolment (报名): by audience — deputy levels (镇/县/市/州) and groups → the matching deputies sitting on the
// training's first day — and by name; a deputy is taken off only while nothing is recorded for them.
import { notify } from "@/lib/notifications/writer";
import { enrolledNotices } from "@/lib/training/notices";
import type { Actor } from "@/lib/auth/actor";
import type { ScopedTx } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { conflict, validation } from "@/lib/http/errors";
import type { Prisma, TrainingSession } from "@/lib/generated/prisma/client";
import { sittingWhere } from "@/lib/roster/public";

export interface Audience {
  audienceLevels: string[];
  audienceGroupIds: string[];
  deputyIds: string[];
}

/** The deputies an audience names: sitting on the day, of one of the levels or in one of the groups, or named. */
export async function audienceDeputies(tx: ScopedTx, t: Pick<TrainingSession, "termId" | "startDate">, a: Audience) {
  const or: Prisma.DeputyWhereInput[] = [];
  if (a.audienceLevels.length) or.push({ levels: { hasSome: a.audienceLevels } });
  if (a.audienceGroupIds.length) or.push({ groupId: { in: a.audienceGroupIds } });
  if (a.deputyIds.length) or.push({ id: { in: a.deputyIds } });
  if (or.length === 0) return [];
  const found = await tx.deputy.findMany({
    where: { AND: [sittingWhere(t.termId, t.startDate), { OR: or }] },
    select: { id: true },
  });
  const ids = new Set(found.map((d) => d.id));
  const missing = a.deputyIds.filter((id) => !ids.has(id));
  if (missing.length) throw validation({ deputyIds: "参加代表：所选代表不是培训开始当日在任的本届代表" });
  return [...ids];
}

/** Adds the audience's deputies (those already enrolled stay as they are); returns how many were added. */
export async function enrol(tx: ScopedTx, actor: Actor, t: TrainingSession, a: Audience) {
  if (a.audienceGroupIds.length) {
    const groups = await tx.representativeGroup.count({ where: { id: { in: a.audienceGroupIds } } });
    if (groups !== new Set(a.audienceGroupIds).size)
      throw validation({ audienceGroupIds: "代表小组：所选代表小组不存在" });
  }
  const ids = await audienceDeputies(tx, t, a);
  if (ids.length === 0) return 0;
  const had = new Set(
    (
      await tx.trainingEnrolment.findMany({
        where: { sessionId: t.id, deputyId: { in: ids } },
        select: { deputyId: true },
      })
    ).map((e) => e.deputyId),
  );
  const { count } = await tx.trainingEnrolment.createMany({
    data: ids.map((deputyId) => ({ townshipId: actor.townshipId, sessionId: t.id, deputyId })),
    skipDuplicates: true,
  });
  if (count > 0)
    await recordAudit(tx, subjectOf(actor), {
      action: "training.enrolled",
      recordType: "TrainingSession",
      recordId: t.id,
      after: { ...a, added: count },
    });
  await notify(
    tx,
    enrolledNotices(
      actor.townshipId,
      t,
      [...new Set(ids)].filter((id) => !had.has(id)),
    ),
  );
  return count;
}

/** Takes deputies off: refused for one whose attendance, assessment or leave request is already recorded. */
export async function unenrol(tx: ScopedTx, actor: Actor, t: TrainingSession, deputyIds: string[]) {
  if (deputyIds.length === 0) return 0;
  const [recorded, leaves] = await Promise.all([
    tx.trainingEnrolment.count({
      where: {
        sessionId: t.id,
        deputyId: { in: deputyIds },
        OR: [{ attendance: { not: null } }, { score: { not: null } }, { reflection: { not: null } }],
      },
    }),
    tx.trainingLeaveRequest.count({ where: { sessionId: t.id, deputyId: { in: deputyIds } } }),
  ]);
  if (recorded + leaves > 0) throw conflict("已登记出勤、考核或请假的代表不能移出");
  const { count } = await tx.trainingEnrolment.deleteMany({ where: { sessionId: t.id, deputyId: { in: deputyIds } } });
  if (count > 0)
    await recordAudit(tx, subjectOf(actor), {
      action: "training.unenrolled",
      recordType: "TrainingSession",
      recordId: t.id,
      before: { deputyIds },
      after: { removed: count },
    });
  return count;
}
