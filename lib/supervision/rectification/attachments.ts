// Files of a rectification report (整改报告的附件): metadata in RectificationAttachment, the bytes in
// the one store (lib/files), written in the report's transaction with one audit row each.
import type { Actor } from "@/lib/auth/actor";
import { scopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { notFound, validation } from "@/lib/http/errors";
import { ATTACHMENT_EXTENSIONS, ATTACHMENT_TYPES_TEXT } from "@/lib/files/types";
import { openRecordFile, storeRecordFiles } from "@/lib/files/record-files";
import type { UploadedFile, UploadSpec } from "@/lib/files/upload";
import { loadTask } from "@/lib/supervision/rectification/access";

export const REPORT_ATTACHMENTS_FIELD = "attachments";
const LIMITS = { maxMb: 10, maxFiles: 10, maxTotalMb: 50 };

/** POST …/report: JSON, or multipart with the JSON in `payload` and the files in `attachments`. */
export const REPORT_UPLOAD: UploadSpec = {
  field: REPORT_ATTACHMENTS_FIELD,
  label: "附件",
  allowed: ATTACHMENT_EXTENSIONS,
  typesText: ATTACHMENT_TYPES_TEXT,
  limits: LIMITS,
  optional: true,
};

/** Writes the report's files inside the caller's transaction (never the bytes in the audit). */
export async function storeReportFiles(
  tx: ScopedTx,
  actor: Actor,
  taskId: string,
  reportId: string,
  files: UploadedFile[],
) {
  if (files.length > LIMITS.maxFiles)
    throw validation({ [REPORT_ATTACHMENTS_FIELD]: `附件：最多 ${LIMITS.maxFiles} 个文件` });
  return storeRecordFiles(tx, actor.townshipId, ["rectifications", taskId], files, async (meta) => {
    const row = await tx.rectificationAttachment.create({
      data: { townshipId: actor.townshipId, reportId, uploadedById: actor.userId, ...meta },
      select: { id: true, filename: true, mimeType: true, size: true, sha256: true, createdAt: true },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "rectification.attachment_uploaded",
      recordType: "RectificationAttachment",
      recordId: row.id,
      after: { ...row, taskId, reportId },
    });
    return row;
  });
}

/** A report's file with its bytes, for whoever may see the task; 404 for everyone else. */
export async function openReportFile(actor: Actor, taskId: string, attachmentId: string) {
  const sdb = scopedDb(actor.townshipId);
  await loadTask(sdb, actor, taskId);
  const a = await sdb.rectificationAttachment.findFirst({ where: { id: attachmentId, report: { taskId } } });
  if (!a) throw notFound("附件不存在");
  return openRecordFile(sdb, a, "rectificationAttachmentId");
}
