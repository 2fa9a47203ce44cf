import { db } from "@/lib/db";
import { getSettings, type Settings } from "@/lib/settings";
import { auditThrottled } from "@/lib/audit/throttle";
import { getDummyHash, verifyPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record-audit";
import { createSession } from "@/lib/auth/sessions";
import { log } from "@/lib/log/logger";

export type LoginResult =
  { ok: true; userId: string; sessionId: string } | { ok: false; code: "INVALID" | "LOCKED"; lockedUntil?: Date };

/** Until when `failures` (newest first) lock: `threshold` of them within `window` minutes. */
function lockFrom(failures: { createdAt: Date }[], threshold: number, s: Settings, now: Date): Date | null {
  if (failures.length < threshold) return null;
  const newest = failures[0].createdAt.getTime();
  const oldest = failures[threshold - 1].createdAt.getTime();
  if (newest - oldest > s["auth.lockoutWindowMinutes"] * 60_000) return null;
  const until = new Date(newest + s["auth.lockoutMinutes"] * 60_000);
  return until > now ? until : null;
}

/**
 * When sign-in is refused: `auth.lockoutThreshold` failures for the username typed since its last
 * success (counted by the name typed, so unknown names lock the same way and the answer never tells
 * whether an account exists), or `auth.ipLockoutThreshold` failures from the client address, each
 * within `auth.lockoutWindowMinutes`, lock for `auth.lockoutMinutes` after the last of them. An
 * office unlock or password reset deletes the username's failures (clearFailedSignIns).
 */
export async function lockedUntil(username: string, ip: string | null = null, now = new Date()): Promise<Date | null> {
  const s = await getSettings();
  const threshold = s["auth.lockoutThreshold"];
  const ipThreshold = s["auth.ipLockoutThreshold"];
  const [lastSuccess, byAddress] = await Promise.all([
    db.loginAttempt.findFirst({ where: { username, succeeded: true }, orderBy: { createdAt: "desc" } }),
    ip
      ? db.loginAttempt.findMany({
          where: { ip, succeeded: false },
          orderBy: { createdAt: "desc" },
          take: ipThreshold,
          select: { createdAt: true },
        })
      : Promise.resolve([]),
  ]);
  const byName = await db.loginAttempt.findMany({
    where: { username, succeeded: false, ...(lastSuccess ? { createdAt: { gt: lastSuccess.createdAt } } : {}) },
    orderBy: { createdAt: "desc" },
    take: threshold,
    select: { createdAt: true },
  });
  const locks = [lockFrom(byName, threshold, s, now), lockFrom(byAddress, ipThreshold, s, now)];
  const latest = Math.max(...locks.map((d) => d?.getTime() ?? 0));
  return latest ? new Date(latest) : null;
}

interface AttemptWriter {
  loginAttempt: { deleteMany: (args: { where: { username: string; succeeded: false } }) => PromiseLike<unknown> };
}

/** Lifts a username's lock (office unlock, password reset): its failed attempts are forgotten. */
export async function clearFailedSignIns(tx: AttemptWriter, username: string): Promise<void> {
  await tx.loginAttempt.deleteMany({ where: { username, succeeded: false } });
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
  const until = await lockedUntil(username, ip);
  if (until) {
    // At most one audit row per name and address a minute (a locked-out script would flood it).
    await auditThrottled(`locked:${username}:${ip ?? ""}`, (repeated) =>
      recordAudit(
        db,
        { townshipId: null, userId: null, username, requestId, ip },
        { action: "auth.sign_in_locked", recordType: "User", after: repeated ? { repeated } : undefined },
      ),
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
    const nowLocked = await lockedUntil(username, ip);
    return nowLocked ? { ok: false, code: "LOCKED", lockedUntil: nowLocked } : { ok: false, code: "INVALID" };
  }
  log.info("signed in", { username, ip });
  return { ok: true, userId: user.id, sessionId: await createSession(user.id, ip) };
}
