import { withRoute } from "@/lib/http/route";
import { fileResponse } from "@/lib/files/http";
import { ActivityPhotoParams } from "@/lib/group-activities/schema";
import { deleteActivityPhoto, openActivityPhoto } from "@/lib/group-activities/attachments";

// GET /api/v1/group-activities/{id}/photos/{photoId} — the photo (whoever may see the activity)
export const GET = withRoute(
  { permission: "group_activity.view", params: ActivityPhotoParams },
  async ({ actor, params }) => {
    const p = await openActivityPhoto(actor, params.id, params.photoId);
    return fileResponse(p.bytes as Uint8Array<ArrayBuffer>, p.filename, p.mimeType, p.size);
  },
);

// DELETE /api/v1/group-activities/{id}/photos/{photoId} — remove a photo from the record (the office, the group's leader), audited
export const DELETE = withRoute(
  { permission: "group_activity.manage", params: ActivityPhotoParams },
  async ({ actor, params }) => {
    await deleteActivityPhoto(actor, params.id, params.photoId);
    return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
  },
);
