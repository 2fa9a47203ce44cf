import type { Prisma } from "@/lib/generated/prisma/client";
import { redact } from "@/lib/log/logger";

/** Who did it: a signed-in actor, or a named system process (seed, migration, sign-in attempt). */
export interface AuditSubject {
  townshipId: string | null;
  userId: string | null;
  username: string | null;
}

export interface AuditEntry {
  action: string; // domain.past_tense, e.g. "user.created"
  recordType: string;
  recordId?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
  requestId?: string | null;
}

interface AuditWriter {
  auditLog: { create: (args: { data: Prisma.AuditLogUncheckedCreateInput }) => PromiseLike<unknown> };
}

/** Plain JSON for the audit row: dates as ISO text, bigints as text, secrets removed. */
export function toAuditJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  const plain = JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v)));
  return redact(plain) as Prisma.InputJsonValue;
}

/**
 * The one audit helper. Call it with the transaction that makes the change, so the change and
 * its audit row are committed together or not at all.
 */
export async function recordAudit(tx: AuditWriter, subject: AuditSubject, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      townshipId: subject.townshipId,
      userId: subject.userId,
      username: subject.username,
      action: entry.action,
      recordType: entry.recordType,
      recordId: entry.recordId ?? null,
      before: toAuditJson(entry.before),
      after: toAuditJson(entry.after),
      ip: entry.ip ?? null,
      requestId: entry.requestId ?? null,
    },
  });
}

export const subjectOf = (actor: { townshipId: string; userId: string; username: string }): AuditSubject => ({
  townshipId: actor.townshipId,
  userId: actor.userId,
  username: actor.username,
});
