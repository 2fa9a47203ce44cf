// 更正 a unit's contact person and phone: a new event in the unit's history, with its reason, never a
// silent overwrite (lib/audit/corrections.ts).
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { scopedDb } from "@/lib/db/township-scope";
import { correctionHistory, recordCorrection, type CorrectionField } from "@/lib/audit/corrections";
import { conflict, notFound } from "@/lib/http/errors";
import type { HandlingUnit } from "@/lib/generated/prisma/client";
import type { UnitCorrectionInput } from "@/lib/units/schema";

/** The fields a unit's 更正记录 shows. */
export const UNIT_CORRECTION_FIELDS: Record<string, CorrectionField> = {
  contactName: { label: "联系人" },
  contactPhone: { label: "联系电话" },
};

export async function correctUnit(actor: Actor, id: string, input: UnitCorrectionInput): Promise<HandlingUnit> {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const before = await tx.handlingUnit.findUnique({ where: { id } });
    if (!before) throw notFound("承办单位不存在");
    assertCan(actor, "unit.correct", { townshipId: before.townshipId });
    if (before.version !== input.version) throw conflict("该单位已被他人修改，请刷新后重试");
    const corrected = { contactName: input.contactName || null, contactPhone: input.contactPhone || null };
    const after = await tx.handlingUnit.update({
      where: { id, version: input.version },
      data: { ...corrected, version: { increment: 1 } },
    });
    await recordCorrection(tx, actor, {
      action: "unit.corrected",
      recordType: "HandlingUnit",
      recordId: id,
      before: { contactName: before.contactName, contactPhone: before.contactPhone },
      after: corrected,
      reason: input.reason,
    });
    return after;
  });
}

/** A unit's 更正记录, oldest first. */
export const unitCorrections = (actor: Actor, id: string) =>
  correctionHistory(actor, { recordType: "HandlingUnit", recordId: id }, UNIT_CORRECTION_FIELDS);
