import { withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { DOCX_MIME, fileResponse } from "@/lib/files/http";
import { DocxQuery } from "@/lib/work-plans/schema";
import { planDocument } from "@/lib/work-plans/docx";

// GET /api/v1/work-plans/{id}/docx?by=module|month — the plan as a Word file (GB/T 9704), 草稿 until approved
export const GET = withRoute(
  { permission: "work_plan.list", params: IdParams, query: DocxQuery },
  async ({ actor, params, query }) => {
    const { buffer, filename } = await planDocument(actor, params.id, query.by);
    return fileResponse(new Uint8Array(buffer), filename, DOCX_MIME, buffer.length);
  },
);
