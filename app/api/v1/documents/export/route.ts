import { withRoute } from "@/lib/http/route";
import { fileResponse, XLSX_MIME } from "@/lib/files/http";
import { DocumentExportQuery } from "@/lib/documents/schema";
import { exportRegister } from "@/lib/documents/export";

// GET /api/v1/documents/export?year=&direction= — the year's register (.xlsx, A4; one sheet per direction)
export const GET = withRoute(
  { permission: "document.export", query: DocumentExportQuery },
  async ({ actor, query }) => {
    const { buffer, filename } = await exportRegister(actor, query.year, query.direction);
    return fileResponse(new Uint8Array(buffer), filename, XLSX_MIME, buffer.length);
  },
);
