// Files of a petition (a letter's scan, an ID card copy, a county document): metadata in
// PetitionAttachment, the bytes in the one store (lib/files), written in the registration's (or the
// upload's) transaction with one audit row each. They carry personal data: listed and downloaded by
// the office and the chair only, each download logged (lib/petitions/privacy.ts).
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/policy";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { scopedDb, type ScopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { conflict, notFound, validation } from "@/lib/http/errors";
import { ATTACHMENT_EXTENSIONS, ATTACHMENT_TYPES_TEXT } from "@/lib/files/types";
import { openRecordFile, storeRecordFiles } from "@/lib/files/record-files";
import type { UploadedFile, UploadSpec } from "@/lib/files/upload";
import { getSettings } from "@/lib/settings";
import { loadPetition } from "@/lib/petitions/access";
import { lockAndRead } from "@/lib/db/locks";
import type { Petition } from "@/lib/generated/prisma/client";

export const PETITION_FILES_FIELD = "attachments";
const MAX_FILES = 10;

async function limits() {
  const maxMb = (await getSettings())["petitions.attachmentMaxMb"];
  return { maxMb, maxFiles: MAX_FILES, maxTotalMb: maxMb * 5 };
}

/** POST …/attachments: files only, at least one. */
export const PETITION_FILES_UPLOAD: UploadSpec = {
  field: PETITION_FILES_FIELD,
  label: "附件",
  allowed: ATTACHMENT_EXTENSIONS,
  typesText: ATTACHMENT_TYPES_TEXT,
  limits,
};

/** POST /api/v1/petitions: JSON, or multipart with the JSON in `payload` and the files in `attachments`. */
export const REGISTRATION_UPLOAD: UploadSpec = { ...PETITION_FILES_UPLOAD, optional: true };

const metaSelect = { id: true, filename: true, mimeType: true, size: true, createdAt: true } as const;

/** Writes the files inside the caller's transaction (at most 10 on a petition), never the bytes in the audit. */
export async function storePetitionFiles(tx: ScopedTx, actor: Actor, petitionId: string, files: UploadedFile[]) {
  const existing = await tx.petitionAttachment.count({ where: { petitionId } });
  if (existing + files.length > MAX_FILES)
    throw validation({
      [PETITION_FILES_FIELD]: `附件：最多 ${MAX_FILES} 个文件（已有 ${existing} 个，本次 ${files.length} 个）`,
    });
  return storeRecordFiles(tx, actor.townshipId, ["petitions", petitionId], files, async (meta) => {
    const row = await tx.petitionAttachment.create({
      data: { townshipId: actor.townshipId, petitionId, uploadedById: actor.userId, ...meta },
      select: metaSelect,
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "petition.attachment_uploaded",
      recordType: "PetitionAttachment",
      recordId: row.id,
      after: { ...row, sha256: meta.sha256, petitionId },
    });
    return row;
  });
}

/** The office adds files to a petition while it is open. */
export async function addPetitionFiles(actor: Actor, petitionId: string, files: UploadedFile[]) {
  assertCan(actor, "petition.attach");
  const items = await scopedDb(actor.townshipId).$transaction(async (tx) => {
    const row = await lockAndRead<Petition>(tx, "Petition", petitionId, actor.townshipId);
    const p = await loadPetition(tx, actor, petitionId, "petition.attach", row);
    if (p.state === "CLOSED") throw conflict("信访件已办结，不能再添加附件");
    await tx.petitionEvent.create({
      data: {
        townshipId: actor.townshipId,
        petitionId,
        type: "attached",
        note: files
          .map((f) => f.filename)
          .join("、")
          .slice(0, 1000),
        actorUserId: actor.userId,
      },
    });
    return storePetitionFiles(tx, actor, petitionId, files);
  });
  return { items };
}

/** The petition's files without their bytes: only for those who may download them (else none). */
export async function listPetitionFiles(db: ScopedDb | ScopedTx, actor: Actor, petitionId: string) {
  if (!can(actor, "petition.attachments")) return [];
  return db.petitionAttachment.findMany({ where: { petitionId }, select: metaSelect, orderBy: { createdAt: "asc" } });
}

/** A file with its bytes for the office or the chair (logged: it may show personal data); 404 for everyone else. */
export async function openPetitionFile(actor: Actor, petitionId: string, attachmentId: string) {
  const sdb = scopedDb(actor.townshipId);
  return sdb.$transaction(async (tx) => {
    const p = await loadPetition(tx, actor, petitionId, "petition.attachments");
    const a = await tx.petitionAttachment.findFirst({ where: { id: attachmentId, petitionId } });
    if (!a) throw notFound("附件不存在");
    await recordAudit(tx, subjectOf(actor), {
      action: "petition.attachment_downloaded",
      recordType: "PetitionAttachment",
      recordId: a.id,
      after: { petitionId, number: p.number, filename: a.filename },
    });
    return openRecordFile(tx, a, "petitionAttachmentId");
  });
}
