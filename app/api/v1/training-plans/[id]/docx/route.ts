import { withRoute } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { DOCX_MIME, fileResponse } from "@/lib/files/http";
import { planDocument } from "@/lib/training/plan-docx";

// GET /api/v1/training-plans/{id}/docx — the plan as a Word file (GB/T 9704), marked 草稿 until approved
export const GET = withRoute({ permission: "training_plan.list", params: IdParams }, async ({ actor, params }) => {
  const { buffer, filename } = await planDocument(actor, params.id);
  return fileResponse(new Uint8Array(buffer), filename, DOCX_MIME, buffer.length);
});
