// The one store for the bytes of kept files, by key: PostgreSQL (StoredFile), for every purpose —
// session documents, deputy photos, suggestion attachments. One backup (pg_dump) holds the records
// and their files together, and every app instance behind a load balancer sees the same files.
// Callers pass their transaction, so a file is written and removed with the record that names it:
// the database never names a missing file, and no file outlives its record.
import crypto from "node:crypto";
import type { ScopedDb, ScopedTx } from "@/lib/db/township-scope";
import { notFound } from "@/lib/http/errors";
import { log } from "@/lib/log/logger";

type Store = ScopedDb | ScopedTx;

export interface StoredBytes {
  bytes: Uint8Array<ArrayBuffer>;
  size: number;
  sha256: string;
}

/** A new key, `<townshipId>/<folders…>/<uuid>`: the layout UPLOAD_DIR had, so imported files keep theirs. */
export const newFileKey = (townshipId: string, ...folders: string[]) =>
  [townshipId, ...folders, crypto.randomUUID()].join("/");

export const sha256Of = (bytes: Uint8Array) => crypto.createHash("sha256").update(bytes).digest("hex");

/** Stores the bytes under `key` (which must be new) in the caller's township and transaction. */
export async function putFile(
  db: Store,
  townshipId: string,
  key: string,
  file: { bytes: Uint8Array; sha256?: string },
): Promise<{ key: string; size: number; sha256: string }> {
  const sha256 = file.sha256 ?? sha256Of(file.bytes);
  const bytes = file.bytes as Uint8Array<ArrayBuffer>;
  await db.storedFile.create({ data: { key, townshipId, size: bytes.length, sha256, bytes } });
  return { key, size: bytes.length, sha256 };
}

/** The bytes under `key`, or null when the township has no such file. */
export async function getFile(db: Store, key: string): Promise<StoredBytes | null> {
  return db.storedFile.findUnique({ where: { key }, select: { bytes: true, size: true, sha256: true } });
}

/** Removes the file under `key` (nothing when there is none); true when one was removed. */
export async function deleteFile(db: Store, key: string): Promise<boolean> {
  const { count } = await db.storedFile.deleteMany({ where: { key } });
  return count > 0;
}

/**
 * The bytes a record names, or 404 "文件已丢失" — logged, since the database should never name a missing
 * file (`what` says which record, for the log).
 */
export async function storedFileOrNotFound(db: Store, key: string, what: Record<string, string>): Promise<StoredBytes> {
  const file = await getFile(db, key);
  if (file) return file;
  log.error("a record names a file missing from the store", { ...what, key });
  throw notFound("文件已丢失，请联系人大办重新上传");
}
