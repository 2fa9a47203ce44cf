// One entry of the register as the pages, the API and the audit show it, and its row lock.
import type { ScopedTx } from "@/lib/db/township-scope";
import type { Actor } from "@/lib/auth/actor";
import { lockAndRead } from "@/lib/db/locks";
import { conflict, notFound } from "@/lib/http/errors";
import { formatDay } from "@/lib/time/day";
import type { DocumentRecord } from "@/lib/generated/prisma/client";
import { COUNTERPART_LABELS, DIRECTION_LABELS } from "@/lib/documents/labels";
import { registerNumber } from "@/lib/documents/rules";

export const day = (d: Date | null) => (d ? formatDay(d) : null);

/** One entry as the register shows it. */
export function documentSummary(d: DocumentRecord) {
  return {
    id: d.id,
    direction: d.direction,
    directionLabel: DIRECTION_LABELS[d.direction],
    year: d.year,
    serial: d.serial,
    registerNumber: registerNumber(d.direction, d.year, d.serial),
    docNumber: d.docNumber,
    date: formatDay(d.date),
    counterpart: d.counterpart,
    counterpartLabel: COUNTERPART_LABELS[d.direction],
    title: d.title,
    category: d.category,
    handling: d.handling,
    handledOn: day(d.handledOn),
    file: d.storageKey ? { filename: d.filename, mimeType: d.mimeType, size: d.size, sha256: d.sha256 } : null,
    version: d.version,
  };
}
export type DocumentSummary = ReturnType<typeof documentSummary>;

export function auditFields(d: DocumentRecord) {
  return {
    direction: d.direction,
    year: d.year,
    serial: d.serial,
    docNumber: d.docNumber,
    date: formatDay(d.date),
    counterpart: d.counterpart,
    title: d.title,
    category: d.category,
    handling: d.handling,
    handledOn: day(d.handledOn),
  };
}

export async function lockDocument(tx: ScopedTx, actor: Actor, id: string, version?: number) {
  const d = await lockAndRead<DocumentRecord>(tx, "DocumentRecord", id, actor.townshipId);
  if (!d) throw notFound("收发文登记不存在");
  if (version !== undefined && d.version !== version)
    throw conflict("该登记已被他人修改，请刷新后重试（您填写的内容仍在页面上）");
  return d;
}
