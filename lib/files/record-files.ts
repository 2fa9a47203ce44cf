// Files kept with a record (a suggestion's attachments, a rectification report's, a petition's): the
// bytes in the one store (store.ts) under a new key, one metadata row each written by the caller, in
// the caller's transaction. The part every module's attachment code had the same.
import type { ScopedDb, ScopedTx } from "@/lib/db/township-scope";
import { newFileKey, putFile, storedFileOrNotFound, type StoredBytes } from "@/lib/files/store";
import type { UploadedFile } from "@/lib/files/upload";

/** The metadata columns every attachment table has. */
export interface FileMeta {
  filename: string;
  mimeType: string;
  size: number;
  sha256: string;
  storageKey: string;
}

/**
 * Stores each file's bytes under `<townshipId>/<folders…>/<uuid>` and calls `insert` with its metadata
 * (the caller writes its row and its audit), in order, in the caller's transaction.
 */
export async function storeRecordFiles<Row>(
  tx: ScopedTx,
  townshipId: string,
  folders: string[],
  files: readonly UploadedFile[],
  insert: (meta: FileMeta) => Promise<Row>,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const f of files) {
    const { key } = await putFile(tx, townshipId, newFileKey(townshipId, ...folders), f);
    rows.push(
      await insert({ filename: f.filename, mimeType: f.mimeType, size: f.size, sha256: f.sha256, storageKey: key }),
    );
  }
  return rows;
}

/** A record's file with its bytes (404 "文件已丢失", logged, when the store lacks them). */
export async function openRecordFile<A extends { storageKey: string; id: string }>(
  db: ScopedDb | ScopedTx,
  attachment: A,
  kind: string,
): Promise<A & { bytes: StoredBytes["bytes"] }> {
  const file = await storedFileOrNotFound(db, attachment.storageKey, { [kind]: attachment.id });
  return { ...attachment, bytes: file.bytes };
}
