import { withRoute } from "@/lib/http/route";
import { fileResponse, XLSX_MIME } from "@/lib/files/http";
import { SummaryQuery, SummaryYearParams } from "@/lib/year/schema";
import { yearTables } from "@/lib/year/tables-xlsx";

// GET /api/v1/summary/{year}/tables.xlsx[?period=half] — the year's (or first half's) statistics tables (.xlsx, A4,
// one sheet per area, the same period of the year before beside each figure); office, chair, presidium; audited
export const GET = withRoute(
  { permission: "summary.view", params: SummaryYearParams, query: SummaryQuery },
  async ({ actor, params, query }) => {
    const { buffer, filename } = await yearTables(actor, { year: params.year, period: query.period });
    return fileResponse(new Uint8Array(buffer), filename, XLSX_MIME, buffer.length);
  },
);
