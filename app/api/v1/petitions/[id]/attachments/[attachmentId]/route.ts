import { withRoute } from "@/lib/http/route";
import { fileResponse } from "@/lib/files/http";
import { PetitionAttachmentParams } from "@/lib/petitions/schema";
import { openPetitionFile } from "@/lib/petitions/attachments";

// GET /api/v1/petitions/{id}/attachments/{attachmentId} — a file (office and chair; logged), as an attachment, nosniff
export const GET = withRoute(
  { permission: "petition.attachments", params: PetitionAttachmentParams },
  async ({ actor, params }) => {
    const a = await openPetitionFile(actor, params.id, params.attachmentId);
    return fileResponse(new Uint8Array(a.bytes), a.filename, a.mimeType, a.size);
  },
);
