import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { addDutyPhotos, DUTY_PHOTO_UPLOAD } from "@/lib/duties/service";

// POST /api/v1/duties/{id}/photos — add photos (JPG/PNG) to one's own entry while not verified
export const POST = withRoute(
  { permission: "duty.update", params: IdParams, files: DUTY_PHOTO_UPLOAD },
  async ({ actor, params, files }) => json(await addDutyPhotos(actor, params.id, files), { status: 201 }),
);
