import { withRoute } from "@/lib/http/route";
import { DOCX_MIME, fileResponse } from "@/lib/files/http";
import { ReportQuery } from "@/lib/suggestions/schema";
import { suggestionReport } from "@/lib/suggestions/report-docx";

// GET /api/v1/suggestions/report?year=2026[&sessionId=|recess] — the presidium's report to the next session
// (关于代表建议办理情况的报告, .docx, every number from the records); office, chair, presidium; audited
export const GET = withRoute({ permission: "suggestion.figures", query: ReportQuery }, async ({ actor, query }) => {
  const { buffer, filename } = await suggestionReport(actor, query);
  return fileResponse(new Uint8Array(buffer), filename, DOCX_MIME, buffer.length);
});
