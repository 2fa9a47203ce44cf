// Deputy photos: JPG or PNG only, recognised by their first bytes whatever the file is called, at most
// 2 MB, kept on disk like session documents under UPLOAD_DIR/<townshipId>/deputies/<uuid>; the row
// holds the key and the type. Only the office changes a photo (lib/roster/policy.ts).
import crypto from "node:crypto";
import fsp from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import type { Actor } from "@/lib/auth/actor";
import { scopedDb, type ScopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { readMultipart } from "@/lib/http/body";
import { AppError, conflict, notFound, validation } from "@/lib/http/errors";
import { log } from "@/lib/log/logger";
import { canChangeDeputyPhoto, canViewDeputyPhoto, deputyViewFor } from "@/lib/roster/policy";
import { storagePath } from "@/lib/sessions/documents";

export const PHOTO_MAX_MB = 2;
const PHOTO_MAX_BYTES = PHOTO_MAX_MB * 1024 * 1024;

const startsWith = (b: Buffer, sig: readonly number[]) => b.length >= sig.length && sig.every((x, i) => b[i] === x);
const PHOTO_TYPES = [
  { mime: "image/jpeg", signature: [0xff, 0xd8, 0xff] },
  { mime: "image/png", signature: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
] as const;

/** The MIME type from the file's first bytes; anything but a JPEG or PNG is refused. */
export function photoType(buffer: Buffer): string {
  if (buffer.length === 0) throw validation({ file: "照片：文件是空的" });
  const type = PHOTO_TYPES.find((t) => startsWith(buffer, t.signature));
  if (!type) throw validation({ file: "照片：只能上传 JPG 或 PNG 图片（文件可能已损坏或被改过扩展名）" });
  return type.mime;
}

const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", `照片超过 ${PHOTO_MAX_MB} MB 的上限，请压缩后再上传`);

async function readPhoto(req: Request): Promise<Buffer> {
  const form = await readMultipart(req, PHOTO_MAX_BYTES, tooLarge);
  const file = form?.get("file");
  if (!file || typeof file === "string") throw new AppError("VALIDATION", "请选择照片", { file: "照片：请选择照片" });
  if (file.size > PHOTO_MAX_BYTES) throw tooLarge();
  return Buffer.from(await file.arrayBuffer());
}

/** The deputy whose photo the actor may change: 404 when not theirs to see, 403 when they may only look. */
async function loadForChange(sdb: ScopedDb | ScopedTx, actor: Actor, id: string) {
  const d = await sdb.deputy.findUnique({
    where: { id },
    select: { id: true, townshipId: true, photoKey: true, photoMimeType: true },
  });
  if (!d) throw notFound("代表不存在");
  if (!canChangeDeputyPhoto(actor, d)) throw new AppError(deputyViewFor(actor, d) ? "FORBIDDEN" : "NOT_FOUND");
  return d;
}

const removeFile = (key: string, why: string) =>
  fsp.rm(storagePath(key), { force: true }).catch((error) => log.error(why, { key, error }));

/**
 * Stores a new photo and replaces the old one. The file is written first and removed again if the
 * row and its audit entry cannot be committed; the old file goes only after the commit.
 */
export async function uploadDeputyPhoto(actor: Actor, id: string, req: Request) {
  const sdb = scopedDb(actor.townshipId);
  await loadForChange(sdb, actor, id); // refuse before reading the body
  const buffer = await readPhoto(req);
  const photoMimeType = photoType(buffer);
  const photoKey = `${actor.townshipId}/deputies/${crypto.randomUUID()}`;
  const file = storagePath(photoKey);
  let replaced: string | null;
  try {
    await fsp.mkdir(path.dirname(file), { recursive: true, mode: 0o750 });
    await fsp.writeFile(file, buffer, { flag: "wx", mode: 0o640 });
    replaced = await sdb.$transaction(async (tx) => {
      const before = await loadForChange(tx, actor, id);
      // Only if nobody replaced the photo meanwhile, so no file is left without its row.
      const { count } = await tx.deputy.updateMany({
        where: { id, photoKey: before.photoKey },
        data: { photoKey, photoMimeType },
      });
      if (count !== 1) throw conflict("照片已被他人更换，请刷新后重试");
      await recordAudit(tx, subjectOf(actor), {
        action: "deputy.photo_updated",
        recordType: "Deputy",
        recordId: id,
        before: { photoKey: before.photoKey, photoMimeType: before.photoMimeType },
        after: { photoKey, photoMimeType, size: buffer.length },
      });
      return before.photoKey;
    });
  } catch (err) {
    await removeFile(photoKey, "could not remove an orphaned photo");
    throw err;
  }
  if (replaced) await removeFile(replaced, "could not remove a replaced photo");
  return { id, photoMimeType, size: buffer.length };
}

/** The photo for those who see the detailed record (FULL or CONTACT); everyone else gets 404. */
export async function openDeputyPhoto(actor: Actor, id: string) {
  const d = await scopedDb(actor.townshipId).deputy.findUnique({
    where: { id },
    select: { id: true, townshipId: true, photoKey: true, photoMimeType: true },
  });
  if (!d || !canViewDeputyPhoto(actor, d)) throw notFound("代表不存在");
  if (!d.photoKey || !d.photoMimeType) throw notFound("该代表没有照片");
  let handle: fsp.FileHandle;
  try {
    handle = await fsp.open(storagePath(d.photoKey), "r");
  } catch (error) {
    log.error("deputy photo missing on disk", { deputyId: id, key: d.photoKey, error });
    throw notFound("照片已丢失，请联系人大办重新上传");
  }
  try {
    const { size } = await handle.stat();
    return {
      mimeType: d.photoMimeType,
      size,
      stream: Readable.toWeb(handle.createReadStream()) as unknown as ReadableStream<Uint8Array>,
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** Removes the photo (row first, with its audit entry; then the file). */
export async function deleteDeputyPhoto(actor: Actor, id: string) {
  const key = await scopedDb(actor.townshipId).$transaction(async (tx) => {
    const before = await loadForChange(tx, actor, id);
    if (!before.photoKey) throw notFound("该代表没有照片");
    await tx.deputy.update({ where: { id }, data: { photoKey: null, photoMimeType: null } });
    await recordAudit(tx, subjectOf(actor), {
      action: "deputy.photo_deleted",
      recordType: "Deputy",
      recordId: id,
      before: { photoKey: before.photoKey, photoMimeType: before.photoMimeType },
    });
    return before.photoKey;
  });
  await removeFile(key, "could not remove a deleted photo");
}
