// The drafted documents' and tables' requests: the year in the path, the document's kind in the query.
import { z } from "zod";
import { CalendarYearQuery } from "@/lib/time/schema";
import { YEAR_DOC_KINDS } from "@/lib/year/report";

/** /api/v1/summary/{year}/…: the year of the official calendar. */
export const ReportYearParams = CalendarYearQuery;

/** ?kind=summary|session-report|half-year (default the year-end summary). */
export const ReportKindQuery = z.object({
  kind: z
    .enum(YEAR_DOC_KINDS, { error: "文稿类型应为 summary（年度工作总结）、session-report（主席团工作报告）或 half-year（半年小结）" })
    .default("summary")
    .describe("文稿类型"),
});
