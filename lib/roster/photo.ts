// Deputy photos: JPG or PNG only, recognised by their first bytes whatever the file is called, at most
// 2 MB, kept in the file store (lib/files/store.ts) under <townshipId>/deputies/<uuid>; the row holds
// the key and the type. Only the office changes a photo (lib/roster/policy.ts).
import type { Actor } from "@/lib/auth/actor";
import { scopedDb, type ScopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { AppError, conflict, notFound } from "@/lib/http/errors";
import { log } from "@/lib/log/logger";
import { deleteFile, getFile, newFileKey, putFile } from "@/lib/files/store";
import { PHOTO_EXTENSIONS } from "@/lib/files/types";
import type { UploadedFile, UploadSpec } from "@/lib/files/upload";
import { canChangeDeputyPhoto, canViewDeputyPhoto, deputyViewFor } from "@/lib/roster/policy";

export const PHOTO_MAX_MB = 2;

/** POST …/photo: one picture in `file`, its type from its first bytes. */
export const PHOTO_UPLOAD: UploadSpec = {
  field: "file",
  label: "照片",
  allowed: PHOTO_EXTENSIONS,
  typesText: "JPG 或 PNG 图片",
  match: "content",
  limits: { maxFiles: 1, maxMb: PHOTO_MAX_MB },
};

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

/**
 * Stores a new photo and removes the old one, with the row and its audit entry, in one transaction.
 */
export async function uploadDeputyPhoto(actor: Actor, id: string, file: UploadedFile) {
  const photoMimeType = file.mimeType;
  const photoKey = newFileKey(actor.townshipId, "deputies");
  await scopedDb(actor.townshipId).$transaction(async (tx) => {
    const before = await loadForChange(tx, actor, id);
    await putFile(tx, actor.townshipId, photoKey, file);
    // Only if nobody replaced the photo meanwhile.
    const { count } = await tx.deputy.updateMany({
      where: { id, photoKey: before.photoKey },
      data: { photoKey, photoMimeType },
    });
    if (count !== 1) throw conflict("照片已被他人更换，请刷新后重试");
    if (before.photoKey) await deleteFile(tx, before.photoKey);
    await recordAudit(tx, subjectOf(actor), {
      action: "deputy.photo_updated",
      recordType: "Deputy",
      recordId: id,
      before: { photoKey: before.photoKey, photoMimeType: before.photoMimeType },
      after: { photoKey, photoMimeType, size: file.size },
    });
  });
  return { id, photoMimeType, size: file.size };
}

/** The photo for those who see the detailed record (FULL or CONTACT); everyone else gets 404. */
export async function openDeputyPhoto(actor: Actor, id: string) {
  const sdb = scopedDb(actor.townshipId);
  const d = await sdb.deputy.findUnique({
    where: { id },
    select: { id: true, townshipId: true, photoKey: true, photoMimeType: true },
  });
  if (!d || !canViewDeputyPhoto(actor, d)) throw notFound("代表不存在");
  if (!d.photoKey || !d.photoMimeType) throw notFound("该代表没有照片");
  const file = await getFile(sdb, d.photoKey);
  if (!file) {
    log.error("deputy photo missing from the file store", { deputyId: id, key: d.photoKey });
    throw notFound("照片已丢失，请联系人大办重新上传");
  }
  return { mimeType: d.photoMimeType, size: file.size, bytes: file.bytes };
}

/** Removes the photo: the row's key, the file and the audit entry, in one transaction. */
export async function deleteDeputyPhoto(actor: Actor, id: string) {
  await scopedDb(actor.townshipId).$transaction(async (tx) => {
    const before = await loadForChange(tx, actor, id);
    if (!before.photoKey) throw notFound("该代表没有照片");
    await tx.deputy.update({ where: { id }, data: { photoKey: null, photoMimeType: null } });
    await deleteFile(tx, before.photoKey);
    await recordAudit(tx, subjectOf(actor), {
      action: "deputy.photo_deleted",
      recordType: "Deputy",
      recordId: id,
      before: { photoKey: before.photoKey, photoMimeType: before.photoMimeType },
    });
  });
}
