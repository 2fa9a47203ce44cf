// Attachments of suggestions, replies and delay notices. The bytes are kept in PostgreSQL
// (SuggestionAttachment.bytes) so a county backs up one database; lists never select them. A file is
// written in the same transaction as the step it belongs to, with its audit row (metadata only).
import crypto from "node:crypto";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { scopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { readMultipart } from "@/lib/http/body";
import { AppError, conflict, notFound, validation } from "@/lib/http/errors";
import { readJsonBody } from "@/lib/http/route";
import { parseOrThrow } from "@/lib/http/validation";
import { getSettings } from "@/lib/settings";
import { cleanFilename } from "@/lib/files/http";
import { ATTACHMENT_TYPES_TEXT, checkFile, extensionOf } from "@/lib/files/types";
import {
  canDownloadAttachment,
  canManageSuggestionFiles,
  isEditable,
  type AttachmentKind,
} from "@/lib/suggestions/policy";
import { loadSuggestion } from "@/lib/suggestions/access";

/** The multipart field for the files, and the key of their error messages. */
export const ATTACHMENTS_FIELD = "attachments";
/** The multipart field carrying the JSON payload of the step the files go with. */
export const PAYLOAD_FIELD = "payload";

export interface Upload {
  filename: string;
  mimeType: string;
  size: number;
  sha256: string;
  bytes: Uint8Array<ArrayBuffer>;
}

const fail = (message: string) => validation({ [ATTACHMENTS_FIELD]: `附件：${message}` });
const tooLarge = (mb: number, name?: string) =>
  new AppError(
    "PAYLOAD_TOO_LARGE",
    `附件：${name ? `“${name}”` : ""}超过每个文件 ${mb} MB 的上限，请压缩或拆分后再上传`,
    {
      [ATTACHMENTS_FIELD]: `附件：${name ? `“${name}”` : ""}超过 ${mb} MB 的上限`,
    },
  );

export async function attachmentLimits() {
  const settings = await getSettings();
  const maxMb = settings["suggestions.attachmentMaxMb"];
  return { maxMb, maxBytes: Math.floor(maxMb * 1024 * 1024), maxFiles: settings["suggestions.attachmentMaxFiles"] };
}

/** Checks each file (type by extension and first bytes, size, count) before anything is written. */
async function toUploads(files: File[]): Promise<Upload[]> {
  const { maxMb, maxBytes, maxFiles } = await attachmentLimits();
  if (files.length > maxFiles) throw fail(`一次最多上传 ${maxFiles} 个文件（本次 ${files.length} 个）`);
  const uploads: Upload[] = [];
  for (const file of files) {
    const filename = cleanFilename(file.name);
    if (!filename) throw fail("文件名不能为空");
    if (file.size > maxBytes) throw tooLarge(maxMb, filename);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const check = checkFile(filename, bytes);
    if (!check.ok) {
      if (check.reason === "TYPE") throw fail(`“${filename}”的类型不允许，只能上传 ${ATTACHMENT_TYPES_TEXT} 文件`);
      if (check.reason === "EMPTY") throw fail(`“${filename}”是空文件`);
      throw fail(
        `“${filename}”的内容与扩展名 ${extensionOf(filename)} 不符（文件可能已损坏或被改过扩展名），请用原程序重新保存后上传`,
      );
    }
    uploads.push({
      filename,
      mimeType: check.mime,
      size: bytes.length,
      sha256: crypto.createHash("sha256").update(bytes).digest("hex"),
      bytes,
    });
  }
  return uploads;
}

/** The files of a multipart body; a browser's empty part for an untouched file input is ignored. */
const filesOf = (form: FormData) =>
  form.getAll(ATTACHMENTS_FIELD).filter((f): f is File => typeof f !== "string" && !(f.size === 0 && !f.name));

/** A multipart body of files only (POST …/attachments). */
export async function readAttachments(req: Request): Promise<Upload[]> {
  const { maxMb, maxBytes, maxFiles } = await attachmentLimits();
  const form = await readMultipart(req, maxBytes * maxFiles, () => tooLarge(maxMb));
  if (!form) throw fail("请以 multipart/form-data 上传文件");
  const files = filesOf(form);
  if (!files.length) throw fail("请选择要上传的文件");
  return toUploads(files);
}

/**
 * A step's body: JSON as usual, or multipart with the JSON in `payload` and the files in
 * `attachments` — so a suggestion or a reply and its files are one request and one transaction.
 */
export async function readBodyWithAttachments<S extends z.ZodType>(
  req: Request,
  schema: S,
): Promise<{ body: z.infer<S>; files: Upload[] }> {
  if (!(req.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data")) {
    return { body: parseOrThrow(schema, await readJsonBody(req)), files: [] };
  }
  const { maxMb, maxBytes, maxFiles } = await attachmentLimits();
  // readMultipart adds room for the framing and the payload field.
  const form = await readMultipart(req, maxBytes * maxFiles, () => tooLarge(maxMb));
  const payload = form?.get(PAYLOAD_FIELD);
  if (typeof payload !== "string")
    throw new AppError("VALIDATION", "缺少请求内容（payload）", { _: "缺少请求内容（payload）" });
  let raw: unknown;
  try {
    raw = JSON.parse(payload);
  } catch {
    throw new AppError("VALIDATION", "请求内容不是有效的 JSON", { _: "请求内容不是有效的 JSON" });
  }
  const body = parseOrThrow(schema, raw);
  return { body, files: await toUploads(filesOf(form!)) };
}

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
  files: Upload[],
) {
  if (!files.length) return [];
  const { maxFiles } = await attachmentLimits();
  const existing = await tx.suggestionAttachment.count({ where: { suggestionId, eventId } });
  if (existing + files.length > maxFiles)
    throw fail(`最多 ${maxFiles} 个文件（已有 ${existing} 个，本次 ${files.length} 个）`);
  const stored = [];
  for (const f of files) {
    const row = await tx.suggestionAttachment.create({
      data: {
        townshipId: actor.townshipId,
        suggestionId,
        eventId,
        filename: f.filename,
        mimeType: f.mimeType,
        size: f.size,
        sha256: f.sha256,
        bytes: f.bytes,
        uploadedById: actor.userId,
      },
      select: { id: true, filename: true, mimeType: true, size: true, sha256: true, eventId: true, createdAt: true },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "suggestion.attachment_uploaded",
      recordType: "SuggestionAttachment",
      recordId: row.id,
      after: { ...row, suggestionId },
    });
    stored.push(row);
  }
  return stored;
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
export async function addSuggestionAttachments(actor: Actor, suggestionId: string, req: Request) {
  const sdb = scopedDb(actor.townshipId);
  const assertMay = async (db: typeof sdb | ScopedTx) => {
    const { s, rel } = await loadSuggestion(db, actor, suggestionId);
    if (!canManageSuggestionFiles(actor, s, rel)) throw new AppError("FORBIDDEN", "只有领衔代表或人大办可以添加附件");
    if (!isEditable(s.state)) throw conflict("建议已登记，不能再添加或删除附件");
  };
  await assertMay(sdb); // refuse before reading a large body
  const files = await readAttachments(req);
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
  return a;
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
        uploadedById: true,
        createdAt: true,
      },
    });
    if (!a) throw notFound("附件不存在");
    if (!canManageSuggestionFiles(actor, s, rel)) throw new AppError("FORBIDDEN", "只有领衔代表或人大办可以删除附件");
    if (a.eventId) throw conflict("答复和延办反馈书的附件不能删除");
    if (!isEditable(s.state)) throw conflict("建议已登记，不能再添加或删除附件");
    await tx.suggestionAttachment.delete({ where: { id: attachmentId } });
    await recordAudit(tx, subjectOf(actor), {
      action: "suggestion.attachment_deleted",
      recordType: "SuggestionAttachment",
      recordId: a.id,
      before: { ...a, suggestionId },
    });
  });
}
