import { withRoute } from "@/lib/http/route";
import { fileResponse, XLSX_MIME } from "@/lib/files/http";
import { ReportYearParams } from "@/lib/year/report-schema";
import { yearTables } from "@/lib/year/tables-xlsx";

// GET /api/v1/summary/{year}/tables.xlsx — the year's statistics tables (.xlsx, A4, one sheet per area, the year
// before beside each figure); office, chair, presidium; audited
export const GET = withRoute({ permission: "summary.view", params: ReportYearParams }, async ({ actor, params }) => {
  const { buffer, filename } = await yearTables(actor, { year: params.year });
  return fileResponse(new Uint8Array(buffer), filename, XLSX_MIME, buffer.length);
});
