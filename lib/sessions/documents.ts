// Session documents: the metadata in SessionDocument, the bytes in the file store (lib/files/store.ts)
// under <townshipId>/<sessionId>/<uuid>, written and removed in the record's transaction. The upload
// is read by withRoute (`DOCUMENT_UPLOAD`): only whitelisted types whose first bytes match their
// extension get here, so a renamed .exe or a fake .pdf is never stored.
import path from "node:path";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { scopedDb } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { notFound, validation } from "@/lib/http/errors";
import { plainText, uuid } from "@/lib/http/fields";
import { log } from "@/lib/log/logger";
import { getSettings } from "@/lib/settings";
import { editAction } from "@/lib/sessions/policy";
import { loadSession } from "@/lib/sessions/access";
import { DOCUMENT_EXTENSIONS, DOCUMENT_TYPES_TEXT } from "@/lib/files/types";
import { deleteFile, getFile, newFileKey, putFile } from "@/lib/files/store";
import type { UploadedFile, UploadSpec } from "@/lib/files/upload";

export const DocumentParams = z.object({
  id: uuid("会议编号"),
  docId: uuid("文件编号"),
});

/** The plain form fields beside the file. */
export const DocumentMeta = z
  .object({
    title: plainText("文件标题", 200).optional().describe("文件标题"),
    agendaItemId: z
      .preprocess((v) => (v === "" ? undefined : v), uuid("议程", "议程编号格式不正确").optional())
      .describe("议程"),
  })
  .strict();
export type DocumentMetaInput = z.infer<typeof DocumentMeta>;

/** POST …/documents: one file in `file`, the size limit from settings, `title` and `agendaItemId` as form fields. */
export const DOCUMENT_UPLOAD: UploadSpec = {
  field: "file",
  label: "文件",
  allowed: DOCUMENT_EXTENSIONS,
  typesText: DOCUMENT_TYPES_TEXT,
  payload: "fields",
  limits: async () => ({ maxFiles: 1, maxMb: (await getSettings())["sessions.documentMaxMb"] }),
};

const listSelect = {
  id: true,
  title: true,
  filename: true,
  mimeType: true,
  size: true,
  agendaItemId: true,
  createdAt: true,
} as const;

export async function listDocuments(actor: Actor, sessionId: string) {
  const sdb = scopedDb(actor.townshipId);
  await loadSession(sdb, actor, sessionId);
  return sdb.sessionDocument.findMany({
    where: { sessionId },
    orderBy: { createdAt: "asc" },
    select: { ...listSelect, agendaItem: { select: { title: true } } },
  });
}

/** Stores an upload with its metadata and audit row, all in one transaction. */
export async function uploadDocument(actor: Actor, sessionId: string, file: UploadedFile, meta: DocumentMetaInput) {
  const title = meta.title || path.basename(file.filename, path.extname(file.filename)) || "会议文件";
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const session = await loadSession(tx, actor, sessionId);
    if (
      meta.agendaItemId &&
      !(await tx.agendaItem.findFirst({ where: { id: meta.agendaItemId, sessionId }, select: { id: true } }))
    )
      throw validation({ agendaItemId: "议程：不属于本次会议" });
    const { key } = await putFile(tx, actor.townshipId, newFileKey(actor.townshipId, sessionId), file);
    const doc = await tx.sessionDocument.create({
      data: {
        townshipId: actor.townshipId,
        sessionId,
        agendaItemId: meta.agendaItemId ?? null,
        title,
        filename: file.filename,
        mimeType: file.mimeType,
        size: file.size,
        storageKey: key,
        uploadedById: actor.userId,
      },
      select: listSelect,
    });
    await recordAudit(tx, subjectOf(actor), {
      action: editAction(session, "session.document_uploaded"),
      recordType: "SessionDocument",
      recordId: doc.id,
      after: { ...doc, sessionId },
    });
    return doc;
  });
}

/** A document the actor may read (the session's policy: deputies of its term), with its bytes. */
export async function openDocument(actor: Actor, sessionId: string, docId: string) {
  const sdb = scopedDb(actor.townshipId);
  await loadSession(sdb, actor, sessionId);
  const doc = await sdb.sessionDocument.findFirst({ where: { id: docId, sessionId } });
  if (!doc) throw notFound("文件不存在");
  const file = await getFile(sdb, doc.storageKey);
  if (!file) {
    log.error("session document missing from the file store", { docId, key: doc.storageKey });
    throw notFound("文件已丢失，请联系人大办重新上传");
  }
  return { doc, size: file.size, bytes: file.bytes };
}

/** Removes the record, its file and writes the audit row, in one transaction. */
export async function deleteDocument(actor: Actor, sessionId: string, docId: string) {
  await scopedDb(actor.townshipId).$transaction(async (tx) => {
    const session = await loadSession(tx, actor, sessionId);
    const before = await tx.sessionDocument.findFirst({ where: { id: docId, sessionId } });
    if (!before) throw notFound("文件不存在");
    await tx.sessionDocument.delete({ where: { id: docId } });
    await deleteFile(tx, before.storageKey);
    await recordAudit(tx, subjectOf(actor), {
      action: editAction(session, "session.document_deleted"),
      recordType: "SessionDocument",
      recordId: docId,
      before,
    });
  });
}
