// Inputs and list queries of the year plan (工作要点), with Chinese messages: the same schema on the form and
// the server. Changes to an approved plan are corrections: they carry `reason` (the service asks for it).
import { z } from "zod";
import { blankAs, PageQuery } from "@/lib/http/validation";
import { DayText, optionalText, requiredText, uuid, version } from "@/lib/http/fields";
import { CorrectionReason } from "@/lib/audit/correction-reason";
import { formatDay, todayInChina } from "@/lib/time/day";
import { WORK_PLAN_ITEM_STATUSES, WORK_PLAN_MODULES } from "@/lib/work-plans/labels";

export * from "@/lib/work-plans/labels";

export const PlanYear = z.coerce
  .number({ error: "年度应为数字" })
  .int("年度应为整数")
  .min(2000, "年度不早于 2000")
  .max(2100, "年度不晚于 2100")
  .describe("年度");

const month = blankAs(
  null,
  z.coerce
    .number({ error: "月份应为 1–12" })
    .int("月份应为 1–12")
    .min(1, "月份应为 1–12（全年事项不选月份）")
    .max(12, "月份应为 1–12（全年事项不选月份）")
    .nullish(),
).describe("月份");

const itemFields = {
  month,
  title: requiredText("工作事项", 200),
  content: optionalText("具体内容", 4000),
  responsible: requiredText("责任人", 100),
  module: z.enum(WORK_PLAN_MODULES, { error: "请选择所属工作" }).describe("所属工作"),
};

/** A correction's reason: required by the service once the plan is approved, ignored on a draft. */
const reason = CorrectionReason.optional();

export const WorkPlanItemInput = z.object(itemFields).strict();
export type WorkPlanItemInput = z.infer<typeof WorkPlanItemInput>;

export const WorkPlanCreateInput = z
  .object({
    year: PlanYear,
    title: optionalText("标题", 100),
    preamble: optionalText("指导思想", 4000),
    items: z.array(WorkPlanItemInput).max(100, "工作事项最多 100 条").default([]).describe("工作事项"),
  })
  .strict();
export type WorkPlanCreateInput = z.infer<typeof WorkPlanCreateInput>;

/** The plan's own fields; on an approved plan also the approval's day and note, with a reason. */
export const WorkPlanUpdateInput = z
  .object({
    version,
    title: requiredText("标题", 100).optional(),
    preamble: optionalText("指导思想", 4000).optional(),
    approvedOn: DayText.describe("审定日期").optional(),
    approvalNote: optionalText("审定意见", 500).optional(),
    reason,
  })
  .strict();
export type WorkPlanUpdateInput = z.infer<typeof WorkPlanUpdateInput>;

/** 党委审定: the day the party committee approved the plan (not after today) and its note. */
export const WorkPlanApproveInput = z
  .object({
    version,
    approvedOn: DayText.superRefine((t, ctx) => {
      const today = formatDay(todayInChina());
      if (t > today) ctx.addIssue({ code: "custom", message: `审定日期不能晚于今天（${today}）` });
    }).describe("审定日期"),
    approvalNote: optionalText("审定意见", 500),
  })
  .strict();
export type WorkPlanApproveInput = z.infer<typeof WorkPlanApproveInput>;

/** Adds an item at the end (the plan's version). */
export const WorkPlanItemAddInput = z.object({ version, ...itemFields, reason }).strict();
export type WorkPlanItemAddInput = z.infer<typeof WorkPlanItemAddInput>;

/** Edits an item (the item's version): its text, or the office's status with a note. */
export const WorkPlanItemUpdateInput = z
  .object({
    version,
    month,
    title: itemFields.title.optional(),
    content: itemFields.content.optional(),
    responsible: itemFields.responsible.optional(),
    module: itemFields.module.optional(),
    status: z.enum(WORK_PLAN_ITEM_STATUSES, { error: "状态不正确" }).optional().describe("状态"),
    statusNote: optionalText("状态说明", 500).optional(),
    reason,
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.status && v.status !== "PLANNED" && !v.statusNote)
      ctx.addIssue({ code: "custom", path: ["statusNote"], message: "状态说明：办公室设定状态时请写明情况" });
  });
export type WorkPlanItemUpdateInput = z.infer<typeof WorkPlanItemUpdateInput>;

/** Removes an item (the plan's version). */
export const WorkPlanItemRemoveInput = z.object({ version, reason }).strict();
export type WorkPlanItemRemoveInput = z.infer<typeof WorkPlanItemRemoveInput>;

/** The items in their new order: every item of the plan once. */
export const WorkPlanReorderInput = z
  .object({
    version,
    order: z.array(uuid("工作事项")).min(1, "请给出事项顺序").max(100).describe("事项顺序"),
    reason,
  })
  .strict();
export type WorkPlanReorderInput = z.infer<typeof WorkPlanReorderInput>;

export const WorkPlanLinkInput = z
  .object({
    module: z.enum(WORK_PLAN_MODULES, { error: "请选择记录所属工作" }).describe("记录所属工作"),
    recordId: uuid("关联记录", "请选择关联记录"),
  })
  .strict();
export type WorkPlanLinkInput = z.infer<typeof WorkPlanLinkInput>;

export const LinkChoicesQuery = z.object({
  module: z.enum(WORK_PLAN_MODULES, { error: "所属工作不正确" }).optional().describe("所属工作"),
});

/** Next year's plan from this year's, plus lines of the report's 明年工作打算 (optional). */
export const WorkPlanDraftNextInput = z
  .object({
    fromPlanId: uuid("上年工作要点", "请选择上年工作要点"),
    lines: z
      .array(requiredText("明年工作打算", 200))
      .max(50, "明年工作打算最多 50 条")
      .default([])
      .describe("明年工作打算"),
  })
  .strict();
export type WorkPlanDraftNextInput = z.infer<typeof WorkPlanDraftNextInput>;

export const WorkPlanListQuery = PageQuery.extend({ year: PlanYear.optional() });
export type WorkPlanListQuery = z.infer<typeof WorkPlanListQuery>;

export const DocxQuery = z.object({
  by: z.enum(["module", "month"], { error: "分组方式不正确" }).default("module").describe("分组方式"),
});

export const ItemParams = z.object({ id: uuid("编号"), itemId: uuid("事项编号") });
export const LinkParams = ItemParams.extend({ linkId: uuid("关联编号") });
