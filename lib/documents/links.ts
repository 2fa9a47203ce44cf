// The records a registered document concerns: linked once each, checked to exist in the township, audited.
import type { Actor } from "@/lib/auth/actor";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { scopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { conflict, notFound, validation } from "@/lib/http/errors";
import type { WorkPlanModule } from "@/lib/generated/prisma/enums";
import { linkLabels, recordLabels } from "@/lib/documents/records";
import { lockDocument } from "@/lib/documents/entry";
import { LINK_MODULE_LABELS } from "@/lib/documents/labels";
import type { LinkInput } from "@/lib/documents/schema";

/** The records named exist in the township (400 naming the link otherwise). */
export async function assertRecords(tx: ScopedTx, townshipId: string, links: LinkInput[]) {
  for (const [i, l] of links.entries()) {
    const found = await recordLabels(tx, townshipId, l.module as WorkPlanModule, [l.recordId]);
    if (!found.size)
      throw validation({
        [`links.${i}.recordId`]: `关联记录：本镇没有这条${LINK_MODULE_LABELS[l.module as WorkPlanModule] ?? "记录"}`,
      });
  }
}

/** Links the entry to a record of the township (once). */
export async function addDocumentLink(actor: Actor, id: string, input: LinkInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    await lockDocument(tx, actor, id);
    await assertRecords(tx, actor.townshipId, [input]);
    const kind = input.module as WorkPlanModule;
    const exists = await tx.documentRecordLink.findFirst({
      where: { documentId: id, module: kind, recordId: input.recordId },
    });
    if (exists) throw conflict("已关联该记录");
    const link = await tx.documentRecordLink.create({
      data: { townshipId: actor.townshipId, documentId: id, module: kind, recordId: input.recordId },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "document.linked",
      recordType: "DocumentRecord",
      recordId: id,
      after: { module: kind, recordId: input.recordId },
    });
    return (await linkLabels(tx, actor.townshipId, [link]))[0];
  });
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
