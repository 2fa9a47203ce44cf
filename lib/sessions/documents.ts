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
import { log } from "@/lib/log/logger";
import { getSettings } from "@/lib/settings";
import { editAction } from "@/lib/sessions/policy";
import { loadSession } from "@/lib/sessions/service";

export const DocumentParams = z.object({
  id: z.string().uuid("编号格式不正确").describe("会议编号"),
  docId: z.string().uuid("编号格式不正确").describe("文件编号"),
});

const startsWith = (b: Buffer, sig: readonly number[]) => b.length >= sig.length && sig.every((x, i) => b[i] === x);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // .doc and .xls (Office 97–2003)
// An Office Open XML file is a zip whose entry names (stored uncompressed) include its part folder.
const zipWith = (folder: string) => (b: Buffer) => startsWith(b, ZIP) && b.includes(folder, 0, "latin1");
const JPEG = (b: Buffer) => startsWith(b, [0xff, 0xd8, 0xff]);

/** Extension → the MIME type sent back on download and the check of the file's first bytes. */
export const DOCUMENT_TYPES: Record<string, { mime: string; matches: (b: Buffer) => boolean }> = {
  ".pdf": { mime: "application/pdf", matches: (b) => startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d]) }, // %PDF-
  ".docx": { mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", matches: zipWith("word/") },
  ".xlsx": { mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", matches: zipWith("xl/") },
  ".doc": { mime: "application/msword", matches: (b) => startsWith(b, OLE) },
  ".xls": { mime: "application/vnd.ms-excel", matches: (b) => startsWith(b, OLE) },
  ".jpg": { mime: "image/jpeg", matches: JPEG },
  ".jpeg": { mime: "image/jpeg", matches: JPEG },
  ".png": { mime: "image/png", matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
};
const ALLOWED = "PDF、Word（.doc/.docx）、Excel（.xls/.xlsx）、JPG、PNG";

const DocumentMeta = z
  .object({
    title: z.string().trim().max(200, "最多 200 个字符").optional().describe("文件标题"),
    agendaItemId: z.preprocess((v) => (v === "" ? undefined : v), z.string().uuid("议程编号格式不正确").optional()).describe("议程"),
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

/** The name kept for the download: no folders, no control or reserved characters, at most 200 characters. */
export function cleanFilename(name: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f\u007f"<>|:*?]/g, "_").trim();
  if (base.length <= 200) return base;
  const ext = path.extname(base).slice(0, 20);
  return base.slice(0, 200 - ext.length) + ext;
}

/** Checks the type by extension and by the first bytes; returns the MIME type to store. */
export function documentType(filename: string, buffer: Buffer): string {
  const ext = path.extname(filename).toLowerCase();
  const type = Object.hasOwn(DOCUMENT_TYPES, ext) ? DOCUMENT_TYPES[ext] : undefined;
  if (!type) throw validation({ file: `文件：只能上传 ${ALLOWED} 文件` });
  if (buffer.length === 0) throw validation({ file: "文件：文件是空的" });
  if (!type.matches(buffer)) throw validation({ file: `文件：内容与扩展名 ${ext} 不符（文件可能已损坏或被改过扩展名），请用原程序重新保存后上传` });
  return type.mime;
}

/** The absolute path for a storage key, refusing anything that would leave UPLOAD_DIR (also used for deputy photos). */
export function storagePath(key: string): string {
  const root = path.resolve(env.UPLOAD_DIR);
  const full = path.resolve(root, key);
  if (!full.startsWith(root + path.sep)) throw new Error(`storage key outside UPLOAD_DIR: ${key}`);
  return full;
}

const listSelect = { id: true, title: true, filename: true, mimeType: true, size: true, agendaItemId: true, createdAt: true } as const;

export async function listDocuments(actor: Actor, sessionId: string) {
  const sdb = scopedDb(actor.townshipId);
  await loadSession(sdb, actor, sessionId);
  return sdb.sessionDocument.findMany({ where: { sessionId }, orderBy: { createdAt: "asc" }, select: { ...listSelect, agendaItem: { select: { title: true } } } });
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
      if (upload.agendaItemId && !(await tx.agendaItem.findFirst({ where: { id: upload.agendaItemId, sessionId }, select: { id: true } })))
        throw validation({ agendaItemId: "议程：不属于本次会议" });
      const doc = await tx.sessionDocument.create({
        data: { townshipId: actor.townshipId, sessionId, agendaItemId: upload.agendaItemId ?? null, title, filename, mimeType, size: upload.buffer.length, storageKey: key, uploadedById: actor.userId },
        select: listSelect,
      });
      await recordAudit(tx, subjectOf(actor), { action: editAction(session, "session.document_uploaded"), recordType: "SessionDocument", recordId: doc.id, after: { ...doc, sessionId } });
      return doc;
    });
  } catch (err) {
    await fsp.rm(file, { force: true }).catch((error) => log.error("could not remove an orphaned upload", { key, error }));
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
    await recordAudit(tx, subjectOf(actor), { action: editAction(session, "session.document_deleted"), recordType: "SessionDocument", recordId: docId, before });
    return before;
  });
  await fsp.rm(storagePath(doc.storageKey), { force: true }).catch((error) => log.error("could not remove a deleted document's file", { key: doc.storageKey, error }));
}

// RFC 5987 attr-char leaves out ' ( ) *, which encodeURIComponent keeps.
const rfc5987 = (s: string) => encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** `attachment` with the name in UTF-8 (RFC 6266/5987) and an ASCII fallback for old clients. */
export function contentDisposition(filename: string): string {
  const plain = /^[\x20-\x7e]+$/.test(filename) && !/["\\]/.test(filename);
  const fallback = plain ? filename : `document${path.extname(filename).replace(/[^A-Za-z0-9.]/g, "")}`;
  return `attachment; filename="${fallback}"; filename*=UTF-8''${rfc5987(filename)}`;
}

/** A file download: stored type, never sniffed, never cached. */
export function fileResponse(body: BodyInit, filename: string, mimeType: string, size?: number): Response {
  const headers = new Headers({
    "Content-Type": mimeType,
    "Content-Disposition": contentDisposition(filename),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
  });
  if (size !== undefined) headers.set("Content-Length", String(size));
  return new Response(body, { headers });
}
