// Photos of records (a group activity, a duty entry): JPG or PNG recognised by their first bytes, at most the
// setting's megabytes each, the bytes in the file store and the metadata in the caller's row — written in the
// caller's transaction with its record.
import type { ScopedTx } from "@/lib/db/township-scope";
import { newFileKey, putFile } from "@/lib/files/store";
import { PHOTO_EXTENSIONS } from "@/lib/files/types";
import type { UploadedFile, UploadLimits, UploadSpec } from "@/lib/files/upload";

export const PHOTOS_FIELD = "photos";

/** A photo upload in `photos` (optional: a JSON body without photos is taken too). */
export const photoUploadSpec = (limits: () => Promise<UploadLimits>, optional = false): UploadSpec => ({
  field: PHOTOS_FIELD,
  label: "照片",
  allowed: PHOTO_EXTENSIONS,
  typesText: "JPG 或 PNG 图片",
  match: "content",
  optional,
  limits,
});

/** Stores the photo's bytes under `<townshipId>/<folder>/<uuid>` and returns the row's metadata. */
export async function storePhoto(tx: ScopedTx, townshipId: string, folder: string, f: UploadedFile) {
  const storageKey = newFileKey(townshipId, folder);
  await putFile(tx, townshipId, storageKey, f);
  return { filename: f.filename, mimeType: f.mimeType, size: f.size, sha256: f.sha256, storageKey };
}
