// Photos of a group activity (JPG/PNG, groups.photoMaxMb each) and the suggestions raised at it — created from
// its record in one step through the suggestions domain's own rules (createSuggestionIn) and kept linked
// (GroupActivitySuggestion), in one transaction.
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { scopedDb } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { notFound, validation } from "@/lib/http/errors";
import { getSettings } from "@/lib/settings";
import { photoUploadSpec, storePhoto } from "@/lib/files/photos";
import { deleteFile, storedFileOrNotFound } from "@/lib/files/store";
import type { UploadedFile } from "@/lib/files/upload";
import { createSuggestionIn, type SuggestionCreateInput } from "@/lib/suggestions/public";
import { loadActivity } from "@/lib/group-activities/access";

const MAX_PHOTOS = 20;

export const ACTIVITY_PHOTO_UPLOAD = photoUploadSpec(async () => ({
  maxFiles: 10,
  maxMb: (await getSettings())["groups.photoMaxMb"],
}));

export async function addActivityPhotos(actor: Actor, id: string, files: UploadedFile[]) {
  assertCan(actor, "group_activity.manage");
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    await loadActivity(tx, actor, id, { lock: true, forRecording: true });
    const existing = await tx.groupActivityPhoto.count({ where: { activityId: id } });
    if (existing + files.length > MAX_PHOTOS)
      throw validation({ photos: `照片：每次活动最多 ${MAX_PHOTOS} 张（已有 ${existing} 张）` });
    const stored = [];
    for (const f of files) {
      const meta = await storePhoto(tx, actor.townshipId, "group-activities", f);
      const row = await tx.groupActivityPhoto.create({
        data: { townshipId: actor.townshipId, activityId: id, uploadedById: actor.userId, ...meta },
      });
      stored.push({ id: row.id, filename: row.filename, mimeType: row.mimeType, size: row.size });
    }
    await recordAudit(tx, subjectOf(actor), {
      action: "group_activity.photo_uploaded",
      recordType: "GroupActivity",
      recordId: id,
      after: { photos: stored.map((p) => ({ filename: p.filename, size: p.size })) },
    });
    return { photos: stored };
  });
}

export async function openActivityPhoto(actor: Actor, id: string, photoId: string) {
  const sdb = scopedDb(actor.townshipId);
  await loadActivity(sdb, actor, id);
  const p = await sdb.groupActivityPhoto.findFirst({ where: { id: photoId, activityId: id } });
  if (!p) throw notFound("照片不存在");
  const file = await storedFileOrNotFound(sdb, p.storageKey, { activityId: id, photoId });
  return { filename: p.filename, mimeType: p.mimeType, size: file.size, bytes: file.bytes };
}

/** Removes a photo from the record (whoever may record the group's activities), audited. */
export async function deleteActivityPhoto(actor: Actor, id: string, photoId: string) {
  assertCan(actor, "group_activity.manage");
  await scopedDb(actor.townshipId).$transaction(async (tx) => {
    await loadActivity(tx, actor, id, { lock: true, forRecording: true });
    const p = await tx.groupActivityPhoto.findFirst({
      where: { id: photoId, activityId: id },
      select: { id: true, filename: true, mimeType: true, size: true, storageKey: true },
    });
    if (!p) throw notFound("照片不存在");
    await tx.groupActivityPhoto.delete({ where: { id: p.id } });
    await deleteFile(tx, p.storageKey);
    await recordAudit(tx, subjectOf(actor), {
      action: "group_activity.photo_deleted",
      recordType: "GroupActivity",
      recordId: id,
      before: { photo: { id: p.id, filename: p.filename, mimeType: p.mimeType, size: p.size } },
    });
  });
}

/** The office registers a deputy's suggestion raised at the activity, linked to it. */
export async function createSuggestionFromActivity(
  actor: Actor,
  id: string,
  input: SuggestionCreateInput,
  files: UploadedFile[] = [],
) {
  assertCan(actor, "group_activity_suggestion.create");
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    await loadActivity(tx, actor, id, { lock: true, forRecording: true });
    const s = await createSuggestionIn(tx, actor, { ...input, sessionId: null, draft: false }, files);
    const link = await tx.groupActivitySuggestion.create({
      data: { townshipId: actor.townshipId, activityId: id, suggestionId: s.id },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "group_activity.suggestion_created",
      recordType: "GroupActivitySuggestion",
      recordId: link.id,
      after: { activityId: id, suggestionId: s.id, title: input.title },
    });
    return s;
  });
}
