import crypto from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getSettings } from "@/lib/settings";
import type { SessionUser } from "@/lib/auth/actor";

/** Starts a server-side session; its id is all the next-auth JWT carries. */
export async function createSession(userId: string, ip: string | null): Promise<string> {
  const id = crypto.randomBytes(32).toString("base64url");
  await db.userSession.create({ data: { id, userId, ip } });
  return id;
}

const TOUCH_EVERY_MS = 60_000;

/**
 * Sessions checked in the last few seconds, so a page and the API calls right behind it do not
 * each read the same row. A revocation in this process drops the entry at once (revokeSession,
 * revokeUserSessions); another process of the same deployment notices within CHECKED_FOR_MS. A hit
 * is at most that old, so the idle and absolute limits hold to within those seconds too.
 */
const CHECKED_FOR_MS = 5_000;
// On globalThis: Next.js may load this module more than once in one process (pages and route
// handlers are bundled apart), and a revocation must reach every copy.
const shared = globalThis as typeof globalThis & {
  __checkedSessions?: Map<string, { actor: SessionUser; at: number }>;
};
const checked = (shared.__checkedSessions ??= new Map());
const CHECKED_MAX = 10_000;

function forget(match: (sessionId: string, actor: SessionUser) => boolean) {
  for (const [id, entry] of checked) if (match(id, entry.actor)) checked.delete(id);
}

/**
 * Users whose account is being changed in a transaction not yet committed (revokeUserSessions): a request read
 * in between still sees the old row, so for a while their sessions are read from the database every time and
 * not kept, until the change has surely committed (transactions time out at 20 s, lib/db.ts).
 */
const UNCACHED_FOR_MS = 30_000;
const sharedUncached = globalThis as typeof globalThis & { __uncachedUsers?: Map<string, number> };
const uncached = (sharedUncached.__uncachedUsers ??= new Map());

function keepable(userId: string, now: number): boolean {
  const until = uncached.get(userId);
  if (until === undefined) return true;
  if (now < until) return false;
  uncached.delete(userId);
  return true;
}

/**
 * The actor for a session id, or null when the session was revoked, has been idle too long,
 * is older than the absolute limit, or its account is disabled. Checked on every request (read
 * from the database at most every CHECKED_FOR_MS per session and process).
 */
export async function resolveSession(sessionId: string, now = new Date()): Promise<SessionUser | null> {
  const hit = checked.get(sessionId);
  if (hit) {
    const t = now.getTime();
    if (t >= hit.at && t - hit.at < CHECKED_FOR_MS) return hit.actor;
    checked.delete(sessionId);
  }
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
  if (
    now.getTime() - row.lastSeenAt.getTime() > idleMs ||
    now.getTime() - row.sessionCreatedAt.getTime() > absoluteMs
  ) {
    await db.userSession.update({ where: { id: sessionId }, data: { revokedAt: now } });
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  const actor: SessionUser = {
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
  if (!keepable(row.id, now.getTime())) return actor;
  if (checked.size >= CHECKED_MAX) checked.delete(checked.keys().next().value!);
  checked.set(sessionId, { actor, at: now.getTime() });
  return actor;
}

interface SessionRow {
  sessionCreatedAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
  id: string;
  townshipId: string;
  username: string;
  displayName: string;
  role: SessionUser["role"];
  deputyId: string | null;
  unitId: string | null;
  mustChangePassword: boolean;
  active: boolean;
}

export async function revokeSession(sessionId: string): Promise<void> {
  forget((id) => id === sessionId);
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Ends every session of a user at once (disable, password reset); use the change's transaction. */
interface SessionWriter {
  userSession: {
    updateMany: (args: {
      where: Prisma.UserSessionWhereInput;
      data: Prisma.UserSessionUpdateManyMutationInput;
    }) => PromiseLike<unknown>;
  };
}

export async function revokeUserSessions(tx: SessionWriter, userId: string, exceptSessionId?: string): Promise<void> {
  // The kept session too: it is re-read (mustChangePassword has just changed) — and not kept again until this
  // change has committed, or a request in between would keep the old row for CHECKED_FOR_MS.
  uncached.set(userId, Date.now() + UNCACHED_FOR_MS);
  forget((_, actor) => actor.userId === userId);
  await tx.userSession.updateMany({
    where: { userId, revokedAt: null, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
    data: { revokedAt: new Date() },
  });
}
