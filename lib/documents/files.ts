// The one file of a registered document (the scan received or the document sent): kept in the one store
// (lib/files) with the entry, uploaded once (the original is not replaced), each download audited.
import type { Actor } from "@/lib/auth/actor";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { scopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { conflict, notFound, validation } from "@/lib/http/errors";
import { DOCUMENT_EXTENSIONS, DOCUMENT_TYPES_TEXT } from "@/lib/files/types";
import { openRecordFile, storeRecordFiles } from "@/lib/files/record-files";
import type { UploadedFile, UploadSpec } from "@/lib/files/upload";
import { getSettings } from "@/lib/settings";
import type { DocumentRecord } from "@/lib/generated/prisma/client";
import { documentSummary, lockDocument } from "@/lib/documents/entry";

export const DOCUMENT_FILE_FIELD = "file";

/** The one file of an entry (the scan or the sent document): size by `documents.fileMaxMb`, PDF/Word/Excel/images. */
export const DOCUMENT_FILE_UPLOAD: UploadSpec = {
  field: DOCUMENT_FILE_FIELD,
  label: "文件",
  allowed: DOCUMENT_EXTENSIONS,
  typesText: DOCUMENT_TYPES_TEXT,
  limits: async () => ({ maxFiles: 1, maxMb: (await getSettings())["documents.fileMaxMb"] }),
};

/** POST /api/v1/documents: JSON, or multipart with the JSON in `payload` and the file in `file`. */
export const DOCUMENT_CREATE_UPLOAD: UploadSpec = { ...DOCUMENT_FILE_UPLOAD, optional: true };

export async function storeFile(tx: ScopedTx, actor: Actor, d: DocumentRecord, file: UploadedFile) {
  const [updated] = await storeRecordFiles(tx, actor.townshipId, ["documents", d.id], [file], async (meta) => {
    const row = await tx.documentRecord.update({
      where: { id: d.id },
      data: { ...meta, version: { increment: 1 } },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "document.file_attached",
      recordType: "DocumentRecord",
      recordId: d.id,
      after: { filename: meta.filename, size: meta.size, sha256: meta.sha256 },
    });
    return row;
  });
  return updated;
}

/** Attaches the entry's one file (an entry that has one keeps it: 409). */
export async function attachDocumentFile(actor: Actor, id: string, files: UploadedFile[]) {
  if (!files[0]) throw validation({ [DOCUMENT_FILE_FIELD]: "文件：请选择要上传的文件" });
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const d = await lockDocument(tx, actor, id);
    if (d.storageKey) throw conflict("该登记已有文件；文件是登记的原件，不能替换");
    return documentSummary(await storeFile(tx, actor, d, files[0]));
  });
}

/** The entry's file with its bytes (each download audited). */
export async function openDocumentFile(actor: Actor, id: string) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const d = await tx.documentRecord.findUnique({ where: { id } });
    if (!d) throw notFound("收发文登记不存在");
    if (!d.storageKey) throw notFound("该登记没有文件");
    await recordAudit(tx, subjectOf(actor), {
      action: "document.file_downloaded",
      recordType: "DocumentRecord",
      recordId: d.id,
      after: { filename: d.filename },
    });
    const file = await openRecordFile(tx, { id: d.id, storageKey: d.storageKey }, "documentRecordId");
    return { filename: d.filename ?? "文件", mimeType: d.mimeType ?? "application/octet-stream", bytes: file.bytes };
  });
}
