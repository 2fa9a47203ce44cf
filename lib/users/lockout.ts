import type { Actor } from "@/lib/auth/actor";
import { scopedDb } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { clearFailedSignIns, lockedUntil } from "@/lib/auth/login";
import { notFound } from "@/lib/http/errors";
import { TOWNSHIP_ACCOUNT } from "@/lib/users/service";

/**
 * The office lifts a sign-in lock on an account of its township: the account's failed attempts
 * are forgotten (a lock on the client address stays — it is not the account's). Audited, also
 * when there was nothing to lift, so every press of the button is on record.
 */
export async function unlockUser(actor: Actor, id: string): Promise<{ wasLocked: boolean }> {
  const sdb = scopedDb(actor.townshipId);
  const user = await sdb.user.findUnique({ where: { id, ...TOWNSHIP_ACCOUNT }, select: { id: true, username: true } });
  if (!user) throw notFound("账号不存在");
  const wasLocked = (await lockedUntil(user.username)) !== null;
  await sdb.$transaction(async (tx) => {
    await clearFailedSignIns(tx, user.username);
    await recordAudit(tx, subjectOf(actor), {
      action: "user.unlocked",
      recordType: "User",
      recordId: id,
      after: { username: user.username, wasLocked },
    });
  });
  return { wasLocked };
}
