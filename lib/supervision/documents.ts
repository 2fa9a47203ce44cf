// Documents and photos of an activity (方案, 报告, 照片): metadata in SupervisionDocument, the bytes in the one
// file store (lib/files/store.ts), written and removed in the record's transaction. Whoever may read the
// activity may download them; the office adds and removes them until the activity is concluded.
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { scopedDb } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { conflict, notFound } from "@/lib/http/errors";
import { getSettings } from "@/lib/settings";
import { DOCUMENT_EXTENSIONS, DOCUMENT_TYPES_TEXT } from "@/lib/files/types";
import { deleteFile, newFileKey, putFile, storedFileOrNotFound } from "@/lib/files/store";
import type { UploadedFile, UploadSpec } from "@/lib/files/upload";
import { loadActivity } from "@/lib/supervision/access";

/** The plain form field beside the file: what it is. */
export const DocumentMeta = z
  .object({
    kind: z
      .preprocess(
        (v) => (v === "" || v == null ? "OTHER" : v),
        z.enum(["PLAN", "REPORT", "PHOTO", "OTHER"], { error: "请选择材料类别" }),
      )
      .describe("材料类别"),
  })
  .strict();
export type DocumentMeta = z.infer<typeof DocumentMeta>;

export const DOCUMENT_UPLOAD: UploadSpec = {
  field: "file",
  label: "文件",
  allowed: DOCUMENT_EXTENSIONS,
  typesText: DOCUMENT_TYPES_TEXT,
  payload: "fields",
  limits: async () => ({ maxFiles: 1, maxMb: (await getSettings())["supervision.documentMaxMb"] }),
};

const listSelect = {
  id: true,
  kind: true,
  filename: true,
  mimeType: true,
  size: true,
  createdAt: true,
} as const;

export async function listDocuments(actor: Actor, activityId: string) {
  const sdb = scopedDb(actor.townshipId);
  await loadActivity(sdb, actor, activityId);
  return sdb.supervisionDocument.findMany({
    where: { activityId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: listSelect,
  });
}

export async function uploadDocument(actor: Actor, activityId: string, file: UploadedFile, meta: DocumentMeta) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const { activity } = await loadActivity(tx, actor, activityId);
    assertCan(actor, "supervision.manage", { townshipId: activity.townshipId });
    if (activity.state === "CONCLUDED") throw conflict("活动已结束，材料已归档，不能再上传");
    const stored = await putFile(tx, actor.townshipId, newFileKey(actor.townshipId, "supervision", activityId), file);
    const doc = await tx.supervisionDocument.create({
      data: {
        townshipId: actor.townshipId,
        activityId,
        kind: meta.kind,
        filename: file.filename,
        mimeType: file.mimeType,
        size: stored.size,
        sha256: stored.sha256,
        storageKey: stored.key,
        uploadedById: actor.userId,
      },
      select: listSelect,
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "supervision.document_uploaded",
      recordType: "SupervisionDocument",
      recordId: doc.id,
      after: { ...doc, activityId },
    });
    return doc;
  });
}

export async function openDocument(actor: Actor, activityId: string, documentId: string) {
  const sdb = scopedDb(actor.townshipId);
  await loadActivity(sdb, actor, activityId);
  const doc = await sdb.supervisionDocument.findFirst({ where: { id: documentId, activityId } });
  if (!doc) throw notFound("材料不存在");
  const file = await storedFileOrNotFound(sdb, doc.storageKey, { supervisionDocumentId: documentId });
  return { doc, size: file.size, bytes: file.bytes };
}

export async function deleteDocument(actor: Actor, activityId: string, documentId: string) {
  await scopedDb(actor.townshipId).$transaction(async (tx) => {
    const { activity } = await loadActivity(tx, actor, activityId);
    assertCan(actor, "supervision.manage", { townshipId: activity.townshipId });
    if (activity.state === "CONCLUDED") throw conflict("活动已结束，材料已归档，不能删除");
    const before = await tx.supervisionDocument.findFirst({ where: { id: documentId, activityId } });
    if (!before) throw notFound("材料不存在");
    await tx.supervisionDocument.delete({ where: { id: documentId } });
    await deleteFile(tx, before.storageKey);
    await recordAudit(tx, subjectOf(actor), {
      action: "supervision.document_deleted",
      recordType: "SupervisionDocument",
      recordId: documentId,
      before,
    });
  });
}
