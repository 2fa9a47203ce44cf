// Session documents: the bytes on disk under UPLOAD_DIR/<townshipId>/<sessionId>/<uuid> (never the
// uploader's filename in the path), the metadata in SessionDocument. Only whitelisted types whose
// first bytes match their extension are kept, so a renamed .exe or a fake .pdf never gets stored.
import { readMultipart } from "@/lib/http/body";
import crypto from "node:crypto";
import fsp from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { scopedDb } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { env } from "@/lib/env";
import { AppError, notFound, validation } from "@/lib/http/errors";
import { parseOrThrow } from "@/lib/http/validation";
import { plainText, uuid } from "@/lib/http/fields";
import { log } from "@/lib/log/logger";
import { getSettings } from "@/lib/settings";
import { editAction } from "@/lib/sessions/policy";
import { loadSession } from "@/lib/sessions/access";
import { cleanFilename } from "@/lib/files/http";
import { checkFile, DOCUMENT_EXTENSIONS, DOCUMENT_TYPES_TEXT, extensionOf } from "@/lib/files/types";

export const DocumentParams = z.object({
  id: uuid("会议编号"),
  docId: uuid("文件编号"),
});

const DocumentMeta = z
  .object({
    title: plainText("文件标题", 200).optional().describe("文件标题"),
    agendaItemId: z
      .preprocess((v) => (v === "" ? undefined : v), uuid("议程", "议程编号格式不正确").optional())
      .describe("议程"),
  })
  .strict();

export interface DocumentUpload {
  buffer: Buffer;
  filename: string;
  title?: string;
  agendaItemId?: string;
}

const noFile = () => new AppError("VALIDATION", "请选择要上传的文件", { file: "文件：请选择要上传的文件" });
const tooLarge = (mb: number) => new AppError("PAYLOAD_TOO_LARGE", `文件超过 ${mb} MB 的上限，请压缩或拆分后再上传`);

/** The multipart body (`file`, optional `title` and `agendaItemId`), read with a hard size limit. */
export async function readDocumentUpload(req: Request): Promise<DocumentUpload> {
  const mb = (await getSettings())["sessions.documentMaxMb"];
  const max = Math.floor(mb * 1024 * 1024);
  const form = await readMultipart(req, max, () => tooLarge(mb));
  const file = form?.get("file");
  if (!form || !file || typeof file === "string") throw noFile();
  if (file.size > max) throw tooLarge(mb);
  const text = (key: string) => {
    const v = form.get(key);
    return typeof v === "string" ? v : undefined;
  };
  const meta = parseOrThrow(DocumentMeta, { title: text("title"), agendaItemId: text("agendaItemId") });
  return { buffer: Buffer.from(await file.arrayBuffer()), filename: file.name, ...meta };
}

/** Checks the type by extension and by the first bytes; returns the MIME type to store. */
export function documentType(filename: string, buffer: Buffer): string {
  const check = checkFile(filename, buffer, DOCUMENT_EXTENSIONS);
  if (check.ok) return check.mime;
  if (check.reason === "TYPE") throw validation({ file: `文件：只能上传 ${DOCUMENT_TYPES_TEXT} 文件` });
  if (check.reason === "EMPTY") throw validation({ file: "文件：文件是空的" });
  throw validation({
    file: `文件：内容与扩展名 ${extensionOf(filename)} 不符（文件可能已损坏或被改过扩展名），请用原程序重新保存后上传`,
  });
}

/** The absolute path for a storage key, refusing anything that would leave UPLOAD_DIR (also used for deputy photos). */
export function storagePath(key: string): string {
  const root = path.resolve(env.UPLOAD_DIR);
  const full = path.resolve(root, key);
  if (!full.startsWith(root + path.sep)) throw new Error(`storage key outside UPLOAD_DIR: ${key}`);
  return full;
}

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

/**
 * Stores an upload. The file is written first and removed again if the metadata and audit row
 * cannot be committed, so the database never names a file that is not there.
 */
export async function uploadDocument(actor: Actor, sessionId: string, req: Request) {
  const sdb = scopedDb(actor.townshipId);
  await loadSession(sdb, actor, sessionId); // 404 before reading a large body for a session that is not there
  const upload = await readDocumentUpload(req);
  const filename = cleanFilename(upload.filename);
  const mimeType = documentType(filename, upload.buffer);
  const title = upload.title || path.basename(filename, path.extname(filename)) || "会议文件";
  const key = `${actor.townshipId}/${sessionId}/${crypto.randomUUID()}`;
  const file = storagePath(key);
  try {
    await fsp.mkdir(path.dirname(file), { recursive: true, mode: 0o750 });
    await fsp.writeFile(file, upload.buffer, { flag: "wx", mode: 0o640 });
    return await sdb.$transaction(async (tx) => {
      const session = await loadSession(tx, actor, sessionId);
      if (
        upload.agendaItemId &&
        !(await tx.agendaItem.findFirst({ where: { id: upload.agendaItemId, sessionId }, select: { id: true } }))
      )
        throw validation({ agendaItemId: "议程：不属于本次会议" });
      const doc = await tx.sessionDocument.create({
        data: {
          townshipId: actor.townshipId,
          sessionId,
          agendaItemId: upload.agendaItemId ?? null,
          title,
          filename,
          mimeType,
          size: upload.buffer.length,
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
  } catch (err) {
    await fsp
      .rm(file, { force: true })
      .catch((error) => log.error("could not remove an orphaned upload", { key, error }));
    throw err;
  }
}

/** A document the actor may read (the session's policy: deputies of its term), with its file opened. */
export async function openDocument(actor: Actor, sessionId: string, docId: string) {
  const sdb = scopedDb(actor.townshipId);
  await loadSession(sdb, actor, sessionId);
  const doc = await sdb.sessionDocument.findFirst({ where: { id: docId, sessionId } });
  if (!doc) throw notFound("文件不存在");
  let handle: fsp.FileHandle;
  try {
    handle = await fsp.open(storagePath(doc.storageKey), "r");
  } catch (error) {
    log.error("session document missing on disk", { docId, key: doc.storageKey, error });
    throw notFound("文件已丢失，请联系人大办重新上传");
  }
  try {
    const { size } = await handle.stat();
    return { doc, size, stream: Readable.toWeb(handle.createReadStream()) as unknown as ReadableStream<Uint8Array> };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** Removes the record (with its audit row), then the file; a file left behind is logged, not an error. */
export async function deleteDocument(actor: Actor, sessionId: string, docId: string) {
  const doc = await scopedDb(actor.townshipId).$transaction(async (tx) => {
    const session = await loadSession(tx, actor, sessionId);
    const before = await tx.sessionDocument.findFirst({ where: { id: docId, sessionId } });
    if (!before) throw notFound("文件不存在");
    await tx.sessionDocument.delete({ where: { id: docId } });
    await recordAudit(tx, subjectOf(actor), {
      action: editAction(session, "session.document_deleted"),
      recordType: "SessionDocument",
      recordId: docId,
      before,
    });
    return before;
  });
  await fsp
    .rm(storagePath(doc.storageKey), { force: true })
    .catch((error) => log.error("could not remove a deleted document's file", { key: doc.storageKey, error }));
}
