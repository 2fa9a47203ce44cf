import crypto from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getSettings } from "@/lib/settings";
import type { Actor } from "@/lib/auth/actor";

/** Starts a server-side session; its id is all the next-auth JWT carries. */
export async function createSession(userId: string, ip: string | null): Promise<string> {
  const id = crypto.randomBytes(32).toString("base64url");
  await db.userSession.create({ data: { id, userId, ip } });
  return id;
}

const TOUCH_EVERY_MS = 60_000;

/**
 * The actor for a session id, or null when the session was revoked, has been idle too long,
 * is older than the absolute limit, or its account is disabled. Checked on every request.
 */
export async function resolveSession(sessionId: string, now = new Date()): Promise<Actor | null> {
  const session = await db.userSession.findUnique({ where: { id: sessionId }, include: { user: true } });
  if (!session || session.revokedAt || !session.user.active) return null;
  const s = await getSettings();
  const idleMs = s["auth.idleTimeoutMinutes"] * 60_000;
  const absoluteMs = s["auth.absoluteTimeoutHours"] * 3_600_000;
  if (now.getTime() - session.lastSeenAt.getTime() > idleMs || now.getTime() - session.createdAt.getTime() > absoluteMs) {
    await db.userSession.update({ where: { id: sessionId }, data: { revokedAt: now } });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  const u = session.user;
  return {
    userId: u.id,
    sessionId,
    townshipId: u.townshipId,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    deputyId: u.deputyId,
    unitId: u.unitId,
    mustChangePassword: u.mustChangePassword,
  };
}

export async function revokeSession(sessionId: string): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Ends every session of a user at once (disable, password reset); use the change's transaction. */
interface SessionWriter {
  userSession: { updateMany: (args: { where: Prisma.UserSessionWhereInput; data: Prisma.UserSessionUpdateManyMutationInput }) => PromiseLike<unknown> };
}

export async function revokeUserSessions(tx: SessionWriter, userId: string, exceptSessionId?: string): Promise<void> {
  await tx.userSession.updateMany({
    where: { userId, revokedAt: null, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
    data: { revokedAt: new Date() },
  });
}
