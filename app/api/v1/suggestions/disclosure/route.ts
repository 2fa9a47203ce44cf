import { db } from "@/lib/db";
import { withRoute } from "@/lib/http/route";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { DOCX_MIME, fileResponse, XLSX_MIME } from "@/lib/files/http";
import { DisclosureQuery } from "@/lib/suggestions/schema";
import { disclosureData, disclosureDocx, disclosureFilename, disclosureXlsx } from "@/lib/suggestions/disclosure";

// GET /api/v1/suggestions/disclosure?year=2026&half=1&format=xlsx|docx — the half-yearly public disclosure
// (suggestions answered in the half-year, latest reply, no personal data); office and chair; audited
export const GET = withRoute(
  { permission: "suggestion.export", query: DisclosureQuery },
  async ({ actor, query, ip, requestId }) => {
    const half = query.half as 1 | 2;
    const data = await disclosureData(actor, query.year, half);
    const buffer = query.format === "docx" ? await disclosureDocx(data) : await disclosureXlsx(data);
    await recordAudit(db, subjectOf(actor), {
      action: "suggestion.disclosure_exported",
      recordType: "Suggestion",
      after: { year: query.year, half, format: query.format, rows: data.rows.length },
      ip,
      requestId,
    });
    return fileResponse(
      new Uint8Array(buffer),
      disclosureFilename(data, query.format),
      query.format === "docx" ? DOCX_MIME : XLSX_MIME,
      buffer.length,
    );
  },
);
