// The records a registered document concerns: linked once each, checked to exist in the township, audited.
import type { Actor } from "@/lib/auth/actor";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { scopedDb } from "@/lib/db/township-scope";
import { conflict, notFound, validation } from "@/lib/http/errors";
import type { WorkPlanModule } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import { todayInChina } from "@/lib/time/day";
import { linkableRecords, recordKey, recordsByKey } from "@/lib/work-plans/public";
import { lockDocument } from "@/lib/documents/entry";
import { LINK_MODULE_LABELS } from "@/lib/documents/labels";
import type { LinkInput } from "@/lib/documents/schema";

/** The records named exist in the township (400 naming the link otherwise); read before the write's transaction. */
export async function assertRecords(townshipId: string, links: readonly LinkInput[]) {
  const found = await recordsByKey(db, townshipId, links, todayInChina());
  for (const [i, l] of links.entries())
    if (!found.has(recordKey(l.module, l.recordId)))
      throw validation({
        [`links.${i}.recordId`]: `关联记录：本镇没有这条${LINK_MODULE_LABELS[l.module] ?? "记录"}`,
      });
}

/** The links with each record's name (a record gone reads "（记录已删除）"). */
export async function linkLabels<L extends { module: WorkPlanModule; recordId: string }>(
  townshipId: string,
  links: L[],
) {
  const found = await recordsByKey(db, townshipId, links, todayInChina());
  return links.map((l) => {
    const r = found.get(recordKey(l.module, l.recordId));
    return { ...l, label: r ? `${r.label}（${r.date}）` : "（记录已删除）" };
  });
}

/** The link form's picker: the township's records of a module in the entry's year. */
export async function pickRecords(actor: Actor, module: WorkPlanModule, year: number) {
  const rows = await linkableRecords(db, actor.townshipId, module, year, todayInChina());
  return { items: rows.map((r) => ({ id: r.id, label: `${r.label}（${r.date}）` })) };
}

/** Links the entry to a record of the township (once). */
export async function addDocumentLink(actor: Actor, id: string, input: LinkInput) {
  await assertRecords(actor.townshipId, [input]);
  const link = await scopedDb(actor.townshipId).$transaction(async (tx) => {
    await lockDocument(tx, actor, id);
    const kind = input.module;
    const exists = await tx.documentRecordLink.findFirst({
      where: { documentId: id, module: kind, recordId: input.recordId },
    });
    if (exists) throw conflict("已关联该记录");
    const created = await tx.documentRecordLink.create({
      data: { townshipId: actor.townshipId, documentId: id, module: kind, recordId: input.recordId },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "document.linked",
      recordType: "DocumentRecord",
      recordId: id,
      after: { module: kind, recordId: input.recordId },
    });
    return created;
  });
  return (await linkLabels(actor.townshipId, [link]))[0];
}

export async function removeDocumentLink(actor: Actor, id: string, linkId: string) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    await lockDocument(tx, actor, id);
    const link = await tx.documentRecordLink.findFirst({ where: { id: linkId, documentId: id } });
    if (!link) throw notFound("关联不存在");
    await tx.documentRecordLink.delete({ where: { id: linkId } });
    await recordAudit(tx, subjectOf(actor), {
      action: "document.unlinked",
      recordType: "DocumentRecord",
      recordId: id,
      before: { module: link.module, recordId: link.recordId },
    });
    return { ok: true };
  });
}
