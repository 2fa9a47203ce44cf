import { withRoute } from "@/lib/http/route";
import { fileResponse, XLSX_MIME } from "@/lib/files/http";
import { SupervisionYearQuery } from "@/lib/supervision/figures";
import { supervisionYearTable } from "@/lib/supervision/export";

// GET /api/v1/supervision/figures/table?year= — the year's supervision table (.xlsx, A4)
export const GET = withRoute(
  { permission: "supervision.figures", query: SupervisionYearQuery },
  async ({ actor, query }) => {
    const { buffer, filename } = await supervisionYearTable(actor, query.year);
    return fileResponse(new Uint8Array(buffer), filename, XLSX_MIME, buffer.length);
  },
);
