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
  // One round trip on every request: the session and its user in a single join.
  const rows = await db.$queryRaw<SessionRow[]>`
    SELECT s."createdAt" AS "sessionCreatedAt", s."lastSeenAt", s."revokedAt", u."id", u."townshipId", u."username", u."displayName",
           u."role"::text AS "role", u."deputyId", u."unitId", u."mustChangePassword", u."active"
    FROM "UserSession" s JOIN "User" u ON u."id" = s."userId" WHERE s."id" = ${sessionId}`;
  const row = rows[0];
  if (!row || row.revokedAt || !row.active) return null;
  const s = await getSettings();
  const idleMs = s["auth.idleTimeoutMinutes"] * 60_000;
  const absoluteMs = s["auth.absoluteTimeoutHours"] * 3_600_000;
  if (now.getTime() - row.lastSeenAt.getTime() > idleMs || now.getTime() - row.sessionCreatedAt.getTime() > absoluteMs) {
    await db.userSession.update({ where: { id: sessionId }, data: { revokedAt: now } });
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  return {
    userId: row.id,
    sessionId,
    townshipId: row.townshipId,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    deputyId: row.deputyId,
    unitId: row.unitId,
    mustChangePassword: row.mustChangePassword,
  };
}

interface SessionRow {
  sessionCreatedAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
  id: string;
  townshipId: string;
  username: string;
  displayName: string;
  role: Actor["role"];
  deputyId: string | null;
  unitId: string | null;
  mustChangePassword: boolean;
  active: boolean;
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
