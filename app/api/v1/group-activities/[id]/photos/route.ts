import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { ACTIVITY_PHOTO_UPLOAD, addActivityPhotos } from "@/lib/group-activities/attachments";

// POST /api/v1/group-activities/{id}/photos — add photos (JPG/PNG in `photos`) to the record
export const POST = withRoute(
  { permission: "group_activity.manage", params: IdParams, files: ACTIVITY_PHOTO_UPLOAD },
  async ({ actor, params, files }) => json(await addActivityPhotos(actor, params.id, files), { status: 201 }),
);
