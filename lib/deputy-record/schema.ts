// Inputs of the deputy's record and the 履职公示: one year, this year by default.
import { z } from "zod";
import { todayInChina } from "@/lib/time/day";
import { requiredText } from "@/lib/http/fields";

const year = () =>
  z.coerce
    .number({ error: "年度：应为数字" })
    .int("年度：应为整数")
    .min(2000, "年度：不早于 2000 年")
    .max(2100, "年度：不晚于 2100 年")
    .describe("年度");

/** GET …/record?year= and the 公示's ?year=: default this year in China. */
export const RecordYearQuery = z.object({ year: year().default(() => todayInChina().getUTCFullYear()) });
export type RecordYearQuery = z.infer<typeof RecordYearQuery>;

/** Publish or withdraw a year's 公示. */
export const PublicationInput = z.object({ year: year() });
export type PublicationInput = z.infer<typeof PublicationInput>;

/** Withdrawing a published year says why (kept in the audit trail). */
export const WithdrawInput = z.object({ year: year(), reason: requiredText("撤回原因", 200) });
export type WithdrawInput = z.infer<typeof WithdrawInput>;
