// The plan's (方案) parts checked against the records: the days within the term, the targets (units of the
// township), the participants (sitting deputies of the term), the session or presidium meeting it belongs to.
import type { ScopedTx } from "@/lib/db/township-scope";
import { validation } from "@/lib/http/errors";
import { parseDay } from "@/lib/time/day";
import { sittingWhere } from "@/lib/roster/public";
import { checkPlanDates } from "@/lib/supervision/rules";
import { planKindFields, type TargetInput } from "@/lib/supervision/schema";

interface PlanParts {
  kind: string;
  startDate: string | Date;
  endDate?: string | Date | null;
  lawName?: string | null;
  sessionId?: string | null;
  presidiumMeetingId?: string | null;
  targets?: TargetInput[];
  participants?: { deputyId: string; presidiumMember: boolean }[];
}

const asDay = (d: string | Date) => (typeof d === "string" ? parseDay(d) : d);

/** Refuses (400, every field named) a plan whose parts do not hold; nothing is written before. */
export async function checkPlan(tx: ScopedTx, term: { id: string; startDate: Date; endDate: Date }, p: PlanParts) {
  const startDate = asDay(p.startDate);
  const endDate = p.endDate ? asDay(p.endDate) : null;
  const fields: Record<string, string> = {
    ...planKindFields(p),
    ...checkPlanDates({ startDate, endDate }, term),
  };
  if (p.sessionId && !(await tx.congressSession.findUnique({ where: { id: p.sessionId }, select: { id: true } })))
    fields.sessionId = "人代会：不存在";
  if (
    p.presidiumMeetingId &&
    !(await tx.presidiumMeeting.findUnique({ where: { id: p.presidiumMeetingId }, select: { id: true } }))
  )
    fields.presidiumMeetingId = "主席团会议：不存在";
  const unitIds = (p.targets ?? []).map((t) => t.unitId).filter((u): u is string => !!u);
  if (unitIds.length) {
    const found = new Set(
      (await tx.handlingUnit.findMany({ where: { id: { in: unitIds } }, select: { id: true } })).map((u) => u.id),
    );
    (p.targets ?? []).forEach((t, i) => {
      if (t.unitId && !found.has(t.unitId)) fields[`targets.${i}.unitId`] = "被评议单位：不存在";
    });
  }
  const deputyIds = (p.participants ?? []).map((x) => x.deputyId);
  if (deputyIds.length) {
    const sitting = new Set(
      (
        await tx.deputy.findMany({
          where: { AND: [sittingWhere(term.id, startDate), { id: { in: deputyIds } }] },
          select: { id: true },
        })
      ).map((d) => d.id),
    );
    (p.participants ?? []).forEach((x, i) => {
      if (!sitting.has(x.deputyId))
        fields[`participants.${i}.deputyId`] = "参加代表：不是本届在任代表（以活动开始日期计）";
    });
  }
  if (Object.keys(fields).length) throw validation(fields);
  return { startDate, endDate };
}

/** Replaces the plan's targets and participants with those given (a draft only). */
export async function writePlanPeople(
  tx: ScopedTx,
  townshipId: string,
  activityId: string,
  p: Pick<PlanParts, "targets" | "participants">,
) {
  if (p.targets) {
    await tx.supervisionTarget.deleteMany({ where: { activityId } });
    await tx.supervisionTarget.createMany({
      data: p.targets.map((t, position) => ({
        townshipId,
        activityId,
        unitId: t.unitId ?? null,
        officialName: t.officialName ?? null,
        officialPost: t.officialPost ?? null,
        position,
      })),
    });
  }
  if (p.participants) {
    await tx.supervisionParticipant.deleteMany({ where: { activityId } });
    await tx.supervisionParticipant.createMany({
      data: p.participants.map((x) => ({
        townshipId,
        activityId,
        deputyId: x.deputyId,
        presidiumMember: x.presidiumMember,
      })),
    });
  }
}
