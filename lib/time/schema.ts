import { z } from "zod";
import { DayText, requiredText } from "@/lib/http/fields";
import { todayInChina } from "@/lib/time/day";

/** A year of the official calendar (this year when not given): the page and the API show one at a time. */
export const CalendarYearQuery = z.object({
  year: z.coerce
    .number({ error: "请填写年份" })
    .int("年份应为整数")
    .min(2000, "年份不能早于 2000 年")
    .max(2100, "年份不能晚于 2100 年")
    .default(() => todayInChina().getUTCFullYear())
    .describe("年份"),
});

/** A day the office sets as a holiday or a working day, with a note (e.g. 国庆节, 国庆节调休上班). */
export const CalendarOverrideInput = z
  .object({
    date: DayText.describe("日期"),
    kind: z.enum(["HOLIDAY", "WORKDAY"], { error: "请选择放假或上班" }).describe("类型"),
    note: requiredText("说明", 100, { empty: "请填写说明，如“国庆节”或“国庆节调休上班”", tooLong: "最多 100 个字" }),
  })
  .strict();
export type CalendarOverrideInput = z.infer<typeof CalendarOverrideInput>;

/** The day in the path of DELETE /api/v1/calendar/overrides/{date}. */
export const CalendarDayParams = z.object({ date: DayText.describe("日期") });
