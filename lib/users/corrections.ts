// 更正 an account's name or role: a new event in the account's history, with its reason, never a silent
// overwrite (lib/audit/corrections.ts).
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { ROLE_LABELS } from "@/lib/auth/labels";
import { revokeUserSessions } from "@/lib/auth/sessions";
import { scopedDb } from "@/lib/db/township-scope";
import { correctionHistory, recordCorrection, type CorrectionField } from "@/lib/audit/corrections";
import { conflict, notFound, validation } from "@/lib/http/errors";
import { checkedLinks, PUBLIC_FIELDS, TOWNSHIP_ACCOUNT, type UserView } from "@/lib/users/service";
import type { UserCorrectionInput } from "@/lib/users/schema";

/** The fields an account's 更正记录 shows (the linked deputy and unit by name). */
export const USER_CORRECTION_FIELDS: Record<string, CorrectionField> = {
  displayName: { label: "姓名" },
  role: { label: "角色", values: ROLE_LABELS },
  deputy: { label: "关联代表" },
  unit: { label: "关联承办单位" },
};

const shown = (u: UserView) => ({
  displayName: u.displayName,
  role: u.role,
  deputy: u.deputy?.name ?? null,
  unit: u.unit?.name ?? null,
});

/**
 * A role corrected ends the account's sessions: it signs in again with what it may now do. The office
 * does not correct its own role (it could lock itself out of this page).
 */
export async function correctUser(actor: Actor, id: string, input: UserCorrectionInput): Promise<UserView> {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id, ...TOWNSHIP_ACCOUNT }, select: PUBLIC_FIELDS });
    if (!before) throw notFound("账号不存在");
    assertCan(actor, "user.correct", { townshipId: actor.townshipId });
    if (before.version !== input.version) throw conflict("该账号已被他人修改，请刷新后重试");
    if (id === actor.userId && input.role !== before.role)
      throw validation({ role: "角色：不能更正自己的角色" }, "不能更正自己的角色");
    const links = await checkedLinks(tx, input, id);
    const after = await tx.user.update({
      where: { id, version: input.version },
      data: { displayName: input.displayName, role: input.role, ...links, version: { increment: 1 } },
      select: PUBLIC_FIELDS,
    });
    await recordCorrection(tx, actor, {
      action: "user.corrected",
      recordType: "User",
      recordId: id,
      before: shown(before),
      after: shown(after),
      reason: input.reason,
    });
    const relinked = before.deputyId !== after.deputyId || before.unitId !== after.unitId;
    if (before.role !== after.role || relinked) await revokeUserSessions(tx, id);
    return after;
  });
}

/** An account's 更正记录, oldest first. */
export const userCorrections = (actor: Actor, id: string) =>
  correctionHistory(actor, { recordType: "User", recordId: id }, USER_CORRECTION_FIELDS);
