import { withRoute } from "@/lib/http/route";
import { DOCX_MIME, fileResponse, XLSX_MIME } from "@/lib/files/http";
import { DisclosureQuery } from "@/lib/suggestions/schema";
import { exportDisclosure } from "@/lib/suggestions/disclosure";

// GET /api/v1/suggestions/disclosure?year=2026&half=1&format=xlsx|docx — the half-yearly public disclosure
// (suggestions answered in the half-year, latest reply, no personal data); office and chair; audited
export const GET = withRoute({ permission: "suggestion.export", query: DisclosureQuery }, async ({ actor, query }) => {
  const { buffer, filename } = await exportDisclosure(actor, query.year, query.half as 1 | 2, query.format);
  return fileResponse(new Uint8Array(buffer), filename, query.format === "docx" ? DOCX_MIME : XLSX_MIME, buffer.length);
});
