import { withRoute } from "@/lib/http/route";
import { fileResponse } from "@/lib/files/http";
import { DutyPhotoParams } from "@/lib/duties/schema";
import { openDutyPhoto } from "@/lib/duties/service";

// GET /api/v1/duties/{id}/photos/{photoId} — the photo (whoever may see the entry)
export const GET = withRoute({ permission: "duty.view", params: DutyPhotoParams }, async ({ actor, params }) => {
  const p = await openDutyPhoto(actor, params.id, params.photoId);
  return fileResponse(p.bytes as Uint8Array<ArrayBuffer>, p.filename, p.mimeType, p.size);
});
