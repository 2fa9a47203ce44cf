// Attachments of suggestions, replies and delay notices: the metadata in SuggestionAttachment, the
// bytes in the file store (lib/files/store.ts), written in the same transaction as the step they
// belong to, with its audit row (metadata only). The upload is read by withRoute (`ATTACHMENT_UPLOAD`).
import type { Actor } from "@/lib/auth/actor";
import { scopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { AppError, conflict, notFound, validation } from "@/lib/http/errors";
import { getSettings } from "@/lib/settings";
import { ATTACHMENT_EXTENSIONS, ATTACHMENT_TYPES_TEXT } from "@/lib/files/types";
import { deleteFile } from "@/lib/files/store";
import { openRecordFile, storeRecordFiles } from "@/lib/files/record-files";
import type { UploadedFile, UploadSpec } from "@/lib/files/upload";
import {
  canDownloadAttachment,
  canManageSuggestionFiles,
  isEditable,
  type AttachmentKind,
} from "@/lib/suggestions/policy";
import { loadSuggestion } from "@/lib/suggestions/access";

/** The multipart field for the files, and the key of their error messages. */
export const ATTACHMENTS_FIELD = "attachments";

const fail = (message: string) => validation({ [ATTACHMENTS_FIELD]: `附件：${message}` });

export async function attachmentLimits() {
  const settings = await getSettings();
  return {
    maxMb: settings["suggestions.attachmentMaxMb"],
    maxFiles: settings["suggestions.attachmentMaxFiles"],
    maxTotalMb: settings["suggestions.attachmentMaxTotalMb"],
  };
}

/** POST …/attachments: files only, at least one. */
export const ATTACHMENT_UPLOAD: UploadSpec = {
  field: ATTACHMENTS_FIELD,
  label: "附件",
  allowed: ATTACHMENT_EXTENSIONS,
  typesText: ATTACHMENT_TYPES_TEXT,
  limits: attachmentLimits,
};

/**
 * A step with files (a suggestion, a reply, a delay notice): JSON as usual, or multipart with the
 * JSON in `payload` and the files in `attachments` — one request and one transaction.
 */
export const STEP_ATTACHMENT_UPLOAD: UploadSpec = { ...ATTACHMENT_UPLOAD, optional: true };

const metaSelect = {
  id: true,
  filename: true,
  mimeType: true,
  size: true,
  sha256: true,
  eventId: true,
  createdAt: true,
  event: { select: { type: true } },
} as const;
const kindOf = (event: { type: string } | null): AttachmentKind =>
  !event ? "SUGGESTION" : event.type === "delay" ? "DELAY" : "REPLY";

/**
 * Writes the files inside the caller's transaction, with one audit row each (never the bytes).
 * At most `maxFiles` on the suggestion itself and on each reply or delay notice.
 */
export async function storeAttachments(
  tx: ScopedTx,
  actor: Actor,
  suggestionId: string,
  eventId: string | null,
  files: UploadedFile[],
) {
  if (!files.length) return [];
  const { maxFiles } = await attachmentLimits();
  const existing = await tx.suggestionAttachment.count({ where: { suggestionId, eventId } });
  if (existing + files.length > maxFiles)
    throw fail(`最多 ${maxFiles} 个文件（已有 ${existing} 个，本次 ${files.length} 个）`);
  return storeRecordFiles(tx, actor.townshipId, ["suggestions", suggestionId], files, async (meta) => {
    const row = await tx.suggestionAttachment.create({
      data: { townshipId: actor.townshipId, suggestionId, eventId, uploadedById: actor.userId, ...meta },
      select: { id: true, filename: true, mimeType: true, size: true, sha256: true, eventId: true, createdAt: true },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "suggestion.attachment_uploaded",
      recordType: "SuggestionAttachment",
      recordId: row.id,
      after: { ...row, suggestionId },
    });
    return row;
  });
}

/** The files the actor may download, oldest first, without their bytes; `deletable` for the proposer's and office's while editable. */
export async function listAttachments(actor: Actor, suggestionId: string) {
  const sdb = scopedDb(actor.townshipId);
  const { s, rel, view } = await loadSuggestion(sdb, actor, suggestionId);
  const rows = await sdb.suggestionAttachment.findMany({
    where: { suggestionId },
    select: metaSelect,
    orderBy: { createdAt: "asc" },
  });
  const manage = canManageSuggestionFiles(actor, s, rel) && isEditable(s.state);
  return rows
    .map(({ event, ...a }) => ({ ...a, kind: kindOf(event), deletable: manage && !a.eventId }))
    .filter((a) => canDownloadAttachment(view, a.kind));
}

/** The proposer or the office adds files to the suggestion while it may still be edited. */
export async function addSuggestionAttachments(actor: Actor, suggestionId: string, files: UploadedFile[]) {
  const sdb = scopedDb(actor.townshipId);
  const assertMay = async (db: typeof sdb | ScopedTx) => {
    const { s, rel } = await loadSuggestion(db, actor, suggestionId);
    if (!canManageSuggestionFiles(actor, s, rel)) throw new AppError("FORBIDDEN", "只有领衔代表或人大办可以添加附件");
    if (!isEditable(s.state)) throw conflict("建议已登记，不能再添加或删除附件");
  };
  const items = await sdb.$transaction(async (tx) => {
    await assertMay(tx);
    return storeAttachments(tx, actor, suggestionId, null, files);
  });
  return { items };
}

/** A file with its bytes, for those who may download it; 404 for everyone else. */
export async function openAttachment(actor: Actor, suggestionId: string, attachmentId: string) {
  const sdb = scopedDb(actor.townshipId);
  const { view } = await loadSuggestion(sdb, actor, suggestionId);
  const a = await sdb.suggestionAttachment.findFirst({
    where: { id: attachmentId, suggestionId },
    include: { event: { select: { type: true } } },
  });
  if (!a || !canDownloadAttachment(view, kindOf(a.event))) throw notFound("附件不存在");
  return openRecordFile(sdb, a, "suggestionAttachmentId");
}

/** Removes one of the suggestion's own files while it may still be edited; replies' files stay. */
export async function deleteAttachment(actor: Actor, suggestionId: string, attachmentId: string) {
  await scopedDb(actor.townshipId).$transaction(async (tx) => {
    const { s, rel } = await loadSuggestion(tx, actor, suggestionId);
    const a = await tx.suggestionAttachment.findFirst({
      where: { id: attachmentId, suggestionId },
      select: {
        id: true,
        filename: true,
        mimeType: true,
        size: true,
        sha256: true,
        eventId: true,
        storageKey: true,
        uploadedById: true,
        createdAt: true,
      },
    });
    if (!a) throw notFound("附件不存在");
    if (!canManageSuggestionFiles(actor, s, rel)) throw new AppError("FORBIDDEN", "只有领衔代表或人大办可以删除附件");
    if (a.eventId) throw conflict("答复和延办反馈书的附件不能删除");
    if (!isEditable(s.state)) throw conflict("建议已登记，不能再添加或删除附件");
    await tx.suggestionAttachment.delete({ where: { id: attachmentId } });
    await deleteFile(tx, a.storageKey);
    await recordAudit(tx, subjectOf(actor), {
      action: "suggestion.attachment_deleted",
      recordType: "SuggestionAttachment",
      recordId: a.id,
      before: { ...a, suggestionId },
    });
  });
}
