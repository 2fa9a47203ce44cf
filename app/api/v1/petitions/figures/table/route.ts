import { withRoute } from "@/lib/http/route";
import { fileResponse, XLSX_MIME } from "@/lib/files/http";
import { PetitionYearQuery } from "@/lib/petitions/figures";
import { petitionYearTable } from "@/lib/petitions/figures-table";

// GET /api/v1/petitions/figures/table?year= — the year's petition table (.xlsx, A4)
export const GET = withRoute({ permission: "petition.figures", query: PetitionYearQuery }, async ({ actor, query }) => {
  const { buffer, filename } = await petitionYearTable(actor, query.year);
  return fileResponse(new Uint8Array(buffer), filename, XLSX_MIME, buffer.length);
});
