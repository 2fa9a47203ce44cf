import { db } from "@/lib/db";
import { getSettings } from "@/lib/settings";
import { getDummyHash, verifyPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record-audit";
import { createSession } from "@/lib/auth/sessions";
import { log } from "@/lib/log/logger";

export type LoginResult =
  { ok: true; userId: string; sessionId: string } | { ok: false; code: "INVALID" | "LOCKED"; lockedUntil?: Date };

/**
 * When the username is locked: `threshold` failures within `window` since the last success lock
 * it for `lockout` minutes after the last of them. Counted by the name typed, so unknown names
 * lock the same way and the answer never tells whether an account exists.
 */
export async function lockedUntil(username: string, now = new Date()): Promise<Date | null> {
  const s = await getSettings();
  const threshold = s["auth.lockoutThreshold"];
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { username, succeeded: true },
    orderBy: { createdAt: "desc" },
  });
  const failures = await db.loginAttempt.findMany({
    where: { username, succeeded: false, ...(lastSuccess ? { createdAt: { gt: lastSuccess.createdAt } } : {}) },
    orderBy: { createdAt: "desc" },
    take: threshold,
  });
  if (failures.length < threshold) return null;
  const newest = failures[0].createdAt.getTime();
  const oldest = failures[failures.length - 1].createdAt.getTime();
  if (newest - oldest > s["auth.lockoutWindowMinutes"] * 60_000) return null;
  const until = new Date(newest + s["auth.lockoutMinutes"] * 60_000);
  return until > now ? until : null;
}

export async function authenticate(input: {
  username: string;
  password: string;
  ip?: string | null;
  /** The sign-in request's id, for its audit rows. */
  requestId?: string | null;
}): Promise<LoginResult> {
  const username = input.username.trim().toLowerCase().slice(0, 64);
  const ip = input.ip ?? null;
  const requestId = input.requestId ?? null;
  const until = await lockedUntil(username);
  if (until) {
    await recordAudit(
      db,
      { townshipId: null, userId: null, username, requestId, ip },
      { action: "auth.sign_in_locked", recordType: "User" },
    );
    log.warn("sign-in refused: locked", { username, ip });
    return { ok: false, code: "LOCKED", lockedUntil: until };
  }
  const user = await db.user.findUnique({ where: { username } });
  // Always run one hash verification so response time does not reveal unknown usernames.
  const valid = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), input.password);
  const ok = !!user && user.active && valid;
  await db.$transaction(async (tx) => {
    await tx.loginAttempt.create({ data: { username, succeeded: ok, ip } });
    await recordAudit(
      tx,
      { townshipId: user?.townshipId ?? null, userId: user?.id ?? null, username, requestId, ip },
      { action: ok ? "auth.signed_in" : "auth.sign_in_failed", recordType: "User", recordId: user?.id ?? null },
    );
  });
  if (!ok) {
    log.info("sign-in failed", { username, ip });
    const nowLocked = await lockedUntil(username);
    return nowLocked ? { ok: false, code: "LOCKED", lockedUntil: nowLocked } : { ok: false, code: "INVALID" };
  }
  log.info("signed in", { username, ip });
  return { ok: true, userId: user.id, sessionId: await createSession(user.id, ip) };
}
