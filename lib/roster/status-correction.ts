// 更正 a status change entered by mistake (a 调离 or 辞职 that did not happen): a new entry in the status
// history reverses it — the mistaken entry stays, marked as corrected — and the audit trail keeps the
// reason (lib/audit/corrections.ts). The deputy sits again from the start, as if the change had never been.
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { scopedDb } from "@/lib/db/township-scope";
import { correctionHistory, recordCorrection, type CorrectionField } from "@/lib/audit/corrections";
import { conflict, notFound } from "@/lib/http/errors";
import type { DeputyStatus } from "@/lib/generated/prisma/enums";
import { DEPUTY_STATUS_LABELS } from "@/lib/roster/labels";
import { presentDeputy } from "@/lib/roster/present";
import type { DeputyStatusCorrectionInput } from "@/lib/roster/schema";

export const DEPUTY_CORRECTION_FIELDS: Record<string, CorrectionField> = {
  status: { label: "状态", values: DEPUTY_STATUS_LABELS },
  leftDate: { label: "离任日期" },
};

interface Change {
  id: string;
  status: DeputyStatus;
  correctsId: string | null;
}

/**
 * Why this change cannot be reversed now, or null: only the deputy's latest change, one that ended their
 * sitting (辞职、调离、罢免、去世) and is still in force, is reversed by a correction.
 */
export function statusCorrectionProblem(
  deputy: { status: DeputyStatus },
  history: readonly Change[],
  changeId: string,
): string | null {
  const change = history.find((h) => h.id === changeId);
  if (!change) return "变动记录：不存在";
  if (history.some((h) => h.correctsId === change.id)) return "变动记录：已经更正过";
  if (change.status === "SITTING" || change.correctsId) return "变动记录：只能更正辞职、调离、罢免或去世的记录";
  if (history[history.length - 1].id !== change.id || deputy.status !== change.status)
    return "变动记录：只能更正最近一次、仍然有效的状态变动";
  return null;
}

export async function correctDeputyStatus(actor: Actor, id: string, input: DeputyStatusCorrectionInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const before = await tx.deputy.findUnique({ where: { id } });
    if (!before) throw notFound("代表不存在");
    assertCan(actor, "deputy.correct_status", { townshipId: before.townshipId });
    if (before.version !== input.version) throw conflict("该代表信息已被他人修改，请刷新后重试");
    const history = await tx.deputyStatusChange.findMany({
      where: { deputyId: id },
      orderBy: [{ effectiveDate: "asc" }, { createdAt: "asc" }],
    });
    const problem = statusCorrectionProblem(before, history, input.changeId);
    if (problem) throw conflict(problem.slice(problem.indexOf("：") + 1), { changeId: problem });
    const mistaken = history.find((h) => h.id === input.changeId)!;
    const after = await tx.deputy.update({
      where: { id, version: input.version },
      data: { status: "SITTING", leftDate: null, version: { increment: 1 } },
      include: { group: { select: { id: true, name: true } } },
    });
    await tx.deputyStatusChange.create({
      data: {
        townshipId: actor.townshipId,
        deputyId: id,
        status: "SITTING",
        // Sitting from the day the mistaken change said they left: as if it had never been.
        effectiveDate: mistaken.effectiveDate,
        reason: `更正：撤销误录的${DEPUTY_STATUS_LABELS[mistaken.status]}（${input.reason}）`,
        correctsId: mistaken.id,
        createdById: actor.userId,
      },
    });
    await recordCorrection(tx, actor, {
      action: "deputy.status_corrected",
      recordType: "Deputy",
      recordId: id,
      before: { status: before.status, leftDate: before.leftDate },
      after: { status: after.status, leftDate: after.leftDate },
      reason: input.reason,
    });
    return presentDeputy(after, "FULL");
  });
}

/** A deputy's 更正记录, oldest first. */
export const deputyCorrections = (actor: Actor, id: string) =>
  correctionHistory(actor, { recordType: "Deputy", recordId: id }, DEPUTY_CORRECTION_FIELDS);
