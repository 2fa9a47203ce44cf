// Corrections (更正): records are history, so a correction is a new audited event with a reason, and the
// original stays visible in the record's 更正记录 — never a silent overwrite (docs/architecture.md,
// "Corrections"). Every domain records its corrections with `recordCorrection` in the transaction of the
// change, and its record page shows `correctionHistory` with components/ui/correction-history.tsx.
import type { Actor } from "@/lib/auth/actor";
import { recordAudit, subjectOf, toAuditJson } from "@/lib/audit/record-audit";
import { auditActionLabel, type AuditAction } from "@/lib/audit/actions";
import { scopedDb } from "@/lib/db/township-scope";
import { validation } from "@/lib/http/errors";
import { formatDateTime } from "@/lib/time/format";

export { CorrectionReason, withReason } from "@/lib/audit/correction-reason";

type Fields = Record<string, unknown>;

export interface CorrectionEntry {
  /** `<record>.corrected` (or a more precise `<record>.<thing>_corrected`), in lib/audit/actions.ts. */
  action: AuditAction;
  recordType: string;
  recordId: string;
  /** The corrected fields as they were and as they are now; fields that did not change are left out. */
  before: Fields;
  after: Fields;
  reason: string;
}

/** Only the fields whose value changes (compared as stored JSON, so dates and nulls compare by value). */
export function changedFields(before: Fields, after: Fields): { before: Fields; after: Fields } {
  const out = { before: {} as Fields, after: {} as Fields };
  for (const key of Object.keys(after)) {
    const from = toAuditJson(before[key]) ?? null;
    const to = toAuditJson(after[key]) ?? null;
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    out.before[key] = before[key] ?? null;
    out.after[key] = after[key] ?? null;
  }
  return out;
}

interface AuditWriter {
  auditLog: Parameters<typeof recordAudit>[0]["auditLog"];
}

/**
 * Writes the correction's audit row (before → after of the changed fields, the reason) with the
 * transaction that applies it. A correction that changes nothing is refused (400) rather than
 * leaving an empty entry in the history.
 */
export async function recordCorrection(tx: AuditWriter, actor: Actor, entry: CorrectionEntry): Promise<void> {
  const { before, after } = changedFields(entry.before, entry.after);
  if (Object.keys(after).length === 0)
    throw validation({ reason: "更正原因：没有需要更正的内容" }, "没有需要更正的内容");
  await recordAudit(tx, subjectOf(actor), { ...entry, before, after, reason: entry.reason });
}

/** How a field of the history is shown: its label, and optionally the labels of its values (an enum). */
export interface CorrectionField {
  label: string;
  values?: Record<string, string>;
}

export interface CorrectionChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

export interface CorrectionView {
  id: string;
  at: string;
  by: string;
  action: string;
  reason: string;
  changes: CorrectionChange[];
  /** The shown fields as stored, before and after (for a domain that words its history itself). */
  before: Fields;
  after: Fields;
}

const EMPTY = "（空）";
const MIDNIGHT_UTC = /^(\d{4}-\d{2}-\d{2})T00:00:00(?:\.000)?Z$/;

/** A stored JSON value as text: a calendar day as YYYY-MM-DD, an enum by its label, empty as （空）. */
export function showValue(value: unknown, field?: CorrectionField): string {
  if (value === null || value === undefined || value === "") return EMPTY;
  if (typeof value === "boolean") return value ? "是" : "否";
  if (typeof value === "string") return field?.values?.[value] ?? MIDNIGHT_UTC.exec(value)?.[1] ?? value;
  if (Array.isArray(value)) return value.map((v) => showValue(v, field)).join("、") || EMPTY;
  return JSON.stringify(value);
}

const asFields = (v: unknown): Fields => (v && typeof v === "object" && !Array.isArray(v) ? (v as Fields) : {});

/**
 * The record's 更正记录, oldest first: every audit row of the record that carries a reason (each one a
 * correction), read from the actor's township. `fields` names the fields shown; others are left out.
 */
export async function correctionHistory(
  actor: Actor,
  record: { recordType: string; recordId: string },
  fields: Record<string, CorrectionField>,
): Promise<CorrectionView[]> {
  const sdb = scopedDb(actor.townshipId);
  const rows = await sdb.auditLog.findMany({
    where: { recordType: record.recordType, recordId: record.recordId, reason: { not: null } },
    // By when it happened (a history copied in later by a migration keeps its time), then as written.
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const userIds = [...new Set(rows.map((r) => r.userId).filter((id): id is string => !!id))];
  const users = userIds.length
    ? await sdb.user.findMany({ where: { id: { in: userIds } }, select: { id: true, displayName: true } })
    : [];
  const names = new Map(users.map((u) => [u.id, u.displayName]));
  return rows.map((r) => {
    const before = asFields(r.before);
    const after = asFields(r.after);
    // In the order of `fields` (PostgreSQL's jsonb keeps its own order of keys).
    const keys = Object.keys(fields).filter((key) => Object.hasOwn(after, key));
    const changes = keys.map((key) => ({
      field: key,
      label: fields[key].label,
      before: showValue(before[key], fields[key]),
      after: showValue(after[key], fields[key]),
    }));
    return {
      id: r.id.toString(),
      at: formatDateTime(r.createdAt),
      by: (r.userId && names.get(r.userId)) || r.username || "系统",
      action: auditActionLabel(r.action),
      reason: r.reason ?? "",
      changes,
      before: Object.fromEntries(keys.map((key) => [key, before[key] ?? null])),
      after: Object.fromEntries(keys.map((key) => [key, after[key] ?? null])),
    };
  });
}
