import type { Actor } from "@/lib/auth/actor";
import { scopedDb } from "@/lib/db/township-scope";
import { skipTake, type ListResult } from "@/lib/http/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditListQuery } from "@/lib/audit/schema";
import { containsText } from "@/lib/db/search";
import { DAY_MS } from "@/lib/time/day";

export interface AuditView {
  id: string;
  createdAt: Date;
  username: string | null;
  /** Who, by the account's name (姓名) when the account still exists. */
  displayName: string | null;
  action: string;
  recordType: string;
  recordId: string | null;
  before: unknown;
  after: unknown;
  /** Why, for a correction (lib/audit/corrections.ts). */
  reason: string | null;
  ip: string | null;
}

/** The township's audit trail, newest first. Dates are China Standard Time calendar days. */
export async function listAudit(actor: Actor, q: AuditListQuery): Promise<ListResult<AuditView>> {
  const sdb = scopedDb(actor.townshipId);
  const createdAt: Prisma.DateTimeFilter = {};
  if (q.from) createdAt.gte = new Date(`${q.from}T00:00:00+08:00`);
  if (q.to) createdAt.lt = new Date(new Date(`${q.to}T00:00:00+08:00`).getTime() + DAY_MS);
  const where: Prisma.AuditLogWhereInput = {
    ...(q.action ? { action: q.action } : {}),
    ...(q.recordType ? { recordType: q.recordType } : {}),
    ...(q.username ? { username: containsText(q.username) } : {}),
    ...(q.from || q.to ? { createdAt } : {}),
  };
  const [rows, total] = await Promise.all([
    sdb.auditLog.findMany({ where, orderBy: { id: "desc" }, ...skipTake(q) }),
    sdb.auditLog.count({ where }),
  ]);
  const userIds = [...new Set(rows.flatMap((r) => (r.userId ? [r.userId] : [])))];
  const users = userIds.length
    ? await sdb.user.findMany({ where: { id: { in: userIds } }, select: { id: true, displayName: true } })
    : [];
  const names = new Map(users.map((u) => [u.id, u.displayName]));
  const items = rows.map((r) => ({
    id: r.id.toString(),
    createdAt: r.createdAt,
    username: r.username,
    displayName: (r.userId && names.get(r.userId)) || null,
    action: r.action,
    recordType: r.recordType,
    recordId: r.recordId,
    before: r.before,
    after: r.after,
    reason: r.reason,
    ip: r.ip,
  }));
  return { items, total, page: q.page, pageSize: q.pageSize };
}
