import { withRoute } from "@/lib/http/route";
import { fileResponse } from "@/lib/files/http";
import { DutyPhotoParams } from "@/lib/duties/schema";
import { openDutyPhoto } from "@/lib/duties/service";
import { deleteDutyPhoto } from "@/lib/duties/photos";

// GET /api/v1/duties/{id}/photos/{photoId} — the photo (whoever may see the entry)
export const GET = withRoute({ permission: "duty.view", params: DutyPhotoParams }, async ({ actor, params }) => {
  const p = await openDutyPhoto(actor, params.id, params.photoId);
  return fileResponse(p.bytes as Uint8Array<ArrayBuffer>, p.filename, p.mimeType, p.size);
});

// DELETE /api/v1/duties/{id}/photos/{photoId} — remove a photo from one's own entry while not verified (or the office), audited
export const DELETE = withRoute({ permission: "duty.update", params: DutyPhotoParams }, async ({ actor, params }) => {
  await deleteDutyPhoto(actor, params.id, params.photoId);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
