// The annual summary's requests: a year in the path, the period (`half`: 半年小结) in the query, a term's id.
import { z } from "zod";
import { uuid } from "@/lib/http/fields";
import { blankAs } from "@/lib/http/validation";

export const SummaryYearParams = z.object({
  year: z.coerce
    .number({ error: "年份应为数字" })
    .int("年份应为整数")
    .min(2000, "年份不能早于 2000 年")
    .max(2100, "年份不能晚于 2100 年")
    .describe("年份"),
});
export type SummaryYearParams = z.infer<typeof SummaryYearParams>;

export const SummaryQuery = z.object({
  period: blankAs(
    undefined,
    z.enum(["year", "half"], { error: "期间应为 year（全年）或 half（上半年）" }).default("year"),
  ).describe("期间"),
});
export type SummaryQuery = z.infer<typeof SummaryQuery>;

export const TermReviewParams = z.object({ termId: uuid("届次") });
export type TermReviewParams = z.infer<typeof TermReviewParams>;
