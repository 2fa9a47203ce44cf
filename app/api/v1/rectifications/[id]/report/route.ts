import { withRoute, json } from "@/lib/http/route";
import { IdParams } from "@/lib/http/validation";
import { RectificationReportInput } from "@/lib/supervision/rectification/schema";
import { submitReport } from "@/lib/supervision/rectification/steps";
import { REPORT_UPLOAD } from "@/lib/supervision/rectification/attachments";

// POST /api/v1/rectifications/{id}/report — the unit's rectification report ({version, text}), or the office's
// 代录 of a paper one with its real day (occurredOn); JSON, or multipart with `payload` and files in `attachments`.
// After acceptance → 409.
export const POST = withRoute(
  { permission: "rectification.report", params: IdParams, body: RectificationReportInput, files: REPORT_UPLOAD },
  async ({ actor, params, body, files }) => json(await submitReport(actor, params.id, body, files), { status: 201 }),
);
