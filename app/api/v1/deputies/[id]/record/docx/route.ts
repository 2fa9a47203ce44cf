import { withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { DOCX_MIME, fileResponse } from "@/lib/files/http";
import { RecordYearQuery } from "@/lib/deputy-record/schema";
import { exportRecordDocx } from "@/lib/deputy-record/docx";

// GET /api/v1/deputies/{id}/record/docx?year= — 代表履职情况登记表 (.docx, GB/T 9704), for those who may read the record
export const GET = withRoute(
  { permission: "deputy.view", params: IdParams, query: RecordYearQuery },
  async ({ actor, params, query }) => {
    const { buffer, filename } = await exportRecordDocx(actor, params.id, query.year);
    return fileResponse(new Uint8Array(buffer), filename, DOCX_MIME, buffer.length);
  },
);
