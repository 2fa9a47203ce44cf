// Inputs and list queries of voter reception days (接待选民日), with Chinese messages naming the field: the
// same schema on the form and the server.
import { z } from "zod";
import { blankAs, PageQuery } from "@/lib/http/validation";
import { DayText, occurredOn, optionalText, requiredText, uuid, version } from "@/lib/http/fields";
import type { PetitionCategory } from "@/lib/generated/prisma/enums";
import { isMainlandPhone, normalizePhone } from "@/lib/text/phone";

const pick = (label: string) => uuid(label, `请选择${label}`);
const bool = (label: string) => z.boolean({ error: `${label}：应为是或否` }).describe(label);

export const Year = z.coerce
  .number({ error: "年度：应为数字" })
  .int("年度：应为整数")
  .min(2000, "年度：不能早于 2000 年")
  .max(2100, "年度：不能晚于 2100 年")
  .describe("年度");

/** 本人值班 (a deputy's own days); `upcoming` only the days to come. */
export const ReceptionDayListQuery = PageQuery.extend({
  year: Year.optional(),
  // held: the days the figures count as held (figures.ts FIGURE_RULES.held) — a dashboard figure opens them.
  when: z
    .enum(["upcoming", "past", "held"], { error: "时间：应为 upcoming、past 或 held" })
    .optional()
    .describe("时间"),
  pageSize: PageQuery.shape.pageSize.default(20),
}).strict();
export type ReceptionDayListQuery = z.infer<typeof ReceptionDayListQuery>;

/** A visitor's telephone: a mainland mobile or landline (lib/text/phone.ts), kept without spaces or hyphens. */
const optionalPhone = blankAs(
  null,
  requiredText("联系电话", 30)
    .refine(isMainlandPhone, "不是有效的大陆电话号码（手机 11 位，或区号加座机号码）")
    .transform(normalizePhone)
    .nullish(),
).describe("联系电话");

export const ReceptionDayCreateInput = z
  .object({
    year: Year,
    date: DayText.describe("接待日期"),
    place: optionalText("接待地点", 200),
  })
  .strict();
export type ReceptionDayCreateInput = z.infer<typeof ReceptionDayCreateInput>;

export const ReceptionGenerateInput = z
  .object({
    year: Year,
    place: optionalText("接待地点", 200),
  })
  .strict();
export type ReceptionGenerateInput = z.infer<typeof ReceptionGenerateInput>;

/**
 * A change of date or place, marking the day held, or cancelling it with the reason. Moving a day after its
 * notice was published withdraws the notice (it must be published again).
 */
export const ReceptionDayUpdateInput = z
  .object({
    version,
    date: DayText.optional().describe("接待日期"),
    place: optionalText("接待地点", 200).optional().describe("接待地点"),
    held: z.literal(true, { error: "已举行：只能标记为已举行" }).optional().describe("已举行"),
    cancelReason: optionalText("取消原因", 500).optional().describe("取消原因"),
  })
  .strict();
export type ReceptionDayUpdateInput = z.infer<typeof ReceptionDayUpdateInput>;

export const DutyEntry = z
  .object({
    deputyId: pick("值班代表"),
    /** Whether they came; null until the day is recorded. */
    present: z.boolean({ error: "到场情况：应为是或否" }).nullish().describe("到场情况"),
  })
  .strict();

/** The deputies on duty, as the whole list (added, removed, present marked). */
export const ReceptionDutiesInput = z
  .object({
    version,
    entries: z.array(DutyEntry).max(100, "值班代表最多 100 名").describe("值班代表"),
  })
  .strict();
export type ReceptionDutiesInput = z.infer<typeof ReceptionDutiesInput>;

/** Publishing the notice (公告): the day it went up (代录: the real day; not after today). */
export const ReceptionNoticeInput = z
  .object({
    version,
    publishedOn: occurredOn("公告发布日期"),
  })
  .strict();
export type ReceptionNoticeInput = z.infer<typeof ReceptionNoticeInput>;

export const ReceptionVisitInput = z
  .object({
    visitorName: requiredText("来访人姓名", 50),
    phone: optionalPhone,
    address: optionalText("住址", 200),
    issue: requiredText("反映的问题", 5000),
    solved: bool("当场解决").default(false),
    solution: optionalText("解决情况", 1000),
    /** The deputy who received the visitor (a deputy recording it is that deputy). */
    receivedByDeputyId: blankAs(null, pick("接待代表").nullish()).describe("接待代表"),
  })
  .strict();
export type ReceptionVisitInput = z.infer<typeof ReceptionVisitInput>;

/** The issue solved afterwards, and how. */
export const ReceptionVisitUpdateInput = z
  .object({
    solved: bool("已解决"),
    solution: optionalText("解决情况", 1000),
  })
  .strict();
export type ReceptionVisitUpdateInput = z.infer<typeof ReceptionVisitUpdateInput>;

/** The issue becomes a deputy's suggestion (the receiving deputy leads it) in one step, linked both ways. */
export const VisitToSuggestionInput = z
  .object({
    to: z.literal("suggestion"),
    title: requiredText("建议标题", 100),
    categoryId: pick("建议类别"),
    content: optionalText("建议内容", 5000),
    deputyId: blankAs(null, pick("领衔代表").nullish()).describe("领衔代表"),
  })
  .strict();

/** The issue becomes a petition (来访, received on the reception day) in one step, linked both ways. */
export const VisitToPetitionInput = z
  .object({
    to: z.literal("petition"),
    subject: requiredText("信访标题", 200),
    category: z
      .enum(["SUGGESTION_OPINION", "ACCUSATION", "APPEAL_CLAIM"] satisfies PetitionCategory[], {
        error: "请选择信访类别",
      })
      .describe("信访类别"),
    content: optionalText("信访内容", 10000),
    accusedName: optionalText("被检举人", 100),
  })
  .strict();

export const VisitConversionInput = z.discriminatedUnion("to", [VisitToSuggestionInput, VisitToPetitionInput], {
  error: "转为：请选择转为代表建议或信访件",
});
export type VisitConversionInput = z.infer<typeof VisitConversionInput>;

export const VisitParams = z.object({ id: uuid("接待日编号"), visitId: uuid("来访记录编号") });

export const ReceptionYearQuery = z.object({ year: Year }).strict();
