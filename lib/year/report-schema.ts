// The drafted documents' requests: the document's kind in the query (the year in the path: lib/year/schema.ts).
import { z } from "zod";
import { blankAs } from "@/lib/http/validation";
import { YEAR_DOC_KINDS } from "@/lib/year/report";

/** ?kind=summary|session-report|half-year (default the year-end summary). */
export const ReportKindQuery = z.object({
  kind: blankAs(
    undefined,
    z
      .enum(YEAR_DOC_KINDS, {
        error: "文稿类型应为 summary（年度工作总结）、session-report（主席团工作报告）或 half-year（半年小结）",
      })
      .default("summary"),
  ).describe("文稿类型"),
});
export type ReportKindQuery = z.infer<typeof ReportKindQuery>;
