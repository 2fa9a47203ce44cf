import { json, withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { deleteDeputyPhoto, openDeputyPhoto, PHOTO_UPLOAD, uploadDeputyPhoto } from "@/lib/roster/photo";

// GET /api/v1/deputies/{id}/photo — the photo, for those who see the detailed record (others 404)
export const GET = withRoute({ permission: "deputy.view", params: IdParams }, async ({ actor, params }) => {
  const { mimeType, size, bytes } = await openDeputyPhoto(actor, params.id);
  return new Response(bytes, {
    headers: {
      "Content-Type": mimeType,
      "Content-Length": String(size),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
});

// POST /api/v1/deputies/{id}/photo — upload or replace (multipart `file`; JPG/PNG by content, ≤ 2 MB) (office)
export const POST = withRoute(
  { permission: "deputy.update", params: IdParams, files: PHOTO_UPLOAD },
  async ({ actor, params, files }) => json(await uploadDeputyPhoto(actor, params.id, files[0])),
);

// DELETE /api/v1/deputies/{id}/photo — remove the photo and its file (office)
export const DELETE = withRoute({ permission: "deputy.update", params: IdParams }, async ({ actor, params }) => {
  await deleteDeputyPhoto(actor, params.id);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
