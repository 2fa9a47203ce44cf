import { withRoute } from "@/lib/http/route";
import { fileResponse, XLSX_MIME } from "@/lib/files/http";
import { PetitionExportQuery } from "@/lib/petitions/schema";
import { exportPetitions } from "@/lib/petitions/export";

// GET /api/v1/petitions/export — the filtered register (.xlsx, A4), personal data masked unless the office asks (personal=1); logged
export const GET = withRoute(
  { permission: "petition.export", query: PetitionExportQuery },
  async ({ actor, query }) => {
    const { buffer, filename } = await exportPetitions(actor, query);
    return fileResponse(new Uint8Array(buffer), filename, XLSX_MIME, buffer.length);
  },
);
