import { withRoute } from "@/lib/http/route";
import { DOCX_MIME, fileResponse } from "@/lib/files/http";
import { ReportKindQuery } from "@/lib/year/report-schema";
import { SummaryYearParams } from "@/lib/year/schema";
import { yearReport } from "@/lib/year/report-docx";

// GET /api/v1/summary/{year}/report.docx?kind=summary|session-report|half-year — the year's drafted document
// (年度工作总结 / 主席团工作报告 / 半年小结, .docx, every number from the records, the places to fill marked);
// office, chair, presidium; audited
export const GET = withRoute(
  { permission: "summary.view", params: SummaryYearParams, query: ReportKindQuery },
  async ({ actor, params, query }) => {
    const { buffer, filename } = await yearReport(actor, { year: params.year, kind: query.kind });
    return fileResponse(new Uint8Array(buffer), filename, DOCX_MIME, buffer.length);
  },
);
