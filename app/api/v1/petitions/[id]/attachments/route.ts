import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { addPetitionFiles, PETITION_FILES_UPLOAD } from "@/lib/petitions/attachments";

// POST /api/v1/petitions/{id}/attachments — the office adds files (multipart `attachments`) while the case is open
export const POST = withRoute(
  { permission: "petition.attach", params: IdParams, files: PETITION_FILES_UPLOAD },
  async ({ actor, params, files }) => json(await addPetitionFiles(actor, params.id, files), { status: 201 }),
);
