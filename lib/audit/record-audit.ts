import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/actor";
import { redact } from "@/lib/log/logger";
import type { AuditAction } from "@/lib/audit/actions";

/**
 * Who did it and from which request: a signed-in actor (`subjectOf`, which carries the request id and
 * client address withRoute or requirePageActor put on the actor), or a named system process (seed,
 * sign-in attempt), which says explicitly that it has no request id or no address.
 */
export interface AuditSubject {
  townshipId: string | null;
  userId: string | null;
  username: string | null;
  requestId: string | null;
  ip: string | null;
}

export interface AuditEntry {
  action: AuditAction;
  recordType: string;
  recordId?: string | null;
  before?: unknown;
  after?: unknown;
  /** Why (required for a correction: lib/audit/corrections.ts). */
  reason?: string | null;
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
      reason: entry.reason ?? null,
      ip: subject.ip,
      requestId: subject.requestId,
    },
  });
}

export const subjectOf = (actor: Actor): AuditSubject => ({
  townshipId: actor.townshipId,
  userId: actor.userId,
  username: actor.username,
  requestId: actor.requestId,
  ip: actor.ip,
});
