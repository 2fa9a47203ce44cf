// Removing a photo from a duty entry (履职登记): its owner or the office, while the entry may still be changed
// (not once verified, lib/duties/policy.ts editAvailable); audited, the stored file removed with the row.
import type { Actor } from "@/lib/auth/actor";
import { scopedDb } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { AppError, conflict, notFound } from "@/lib/http/errors";
import { deleteFile } from "@/lib/files/store";
import { editAvailable } from "@/lib/duties/policy";
import { loadDuty } from "@/lib/duties/service";

/** Removes a photo from an entry while its owner (or the office) may still change it: not once verified. */
export async function deleteDutyPhoto(actor: Actor, id: string, photoId: string) {
  await scopedDb(actor.townshipId).$transaction(async (tx) => {
    const d = await loadDuty(tx, actor, id, true);
    const p = await tx.deputyDutyPhoto.findFirst({
      where: { id: photoId, dutyId: id },
      select: { id: true, filename: true, mimeType: true, size: true, storageKey: true },
    });
    if (!p) throw notFound("照片不存在");
    const ok = editAvailable(actor, d);
    if (ok !== true) throw d.state === "VERIFIED" ? conflict(ok) : new AppError("FORBIDDEN", ok);
    await tx.deputyDutyPhoto.delete({ where: { id: p.id } });
    await deleteFile(tx, p.storageKey);
    await recordAudit(tx, subjectOf(actor), {
      action: "duty.photo_deleted",
      recordType: "DeputyDuty",
      recordId: id,
      before: { photo: { id: p.id, filename: p.filename, mimeType: p.mimeType, size: p.size } },
    });
  });
}
