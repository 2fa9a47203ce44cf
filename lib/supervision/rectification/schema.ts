// Inputs of the rectification loop and of findings and review opinions: the same zod schemas on the
// forms and the server, built from lib/http/fields.ts (Chinese messages naming the field).
import { z } from "zod";
import { blankAs, PageQuery } from "@/lib/http/validation";
import { DayText, occurredOn, optionalText, requiredText, uuid, version } from "@/lib/http/fields";

const STATES = ["ASSIGNED", "REPORTED", "RETURNED", "ACCEPTED"] as const;

/** GET /api/v1/rectifications: by state, unit, activity, due status (overdue / due soon). */
export const RectificationListQuery = PageQuery.extend({
  state: z.enum(STATES, { error: "状态不正确" }).optional().describe("状态"),
  status: z
    .enum(["overdue", "due_soon"], { error: "只能是 overdue（逾期）或 due_soon（即将到期）" })
    .optional()
    .describe("期限"),
  /** report: the reports still owed (整改中 or 已退回) — the unit's to-do. */
  todo: z.enum(["report"], { error: "只能是 report（待报送）" }).optional().describe("待办"),
  unitId: uuid("承办单位", "承办单位编号格式不正确").optional().describe("承办单位"),
  activityId: uuid("监督活动", "监督活动编号格式不正确").optional().describe("监督活动"),
  /** The tasks of the year's counted activities (supervision figures.ts), as the year's figures count them. */
  year: z.coerce
    .number({ error: "年度应为数字" })
    .int("年度应为整数")
    .min(2000, "年度不早于 2000")
    .max(2100, "年度不晚于 2100")
    .optional()
    .describe("年度"),
  /** The on-time rate's tasks (figures.ts TIMELINESS_FILTER): true those reported on time, base the rate's base. */
  onTime: z
    .enum(["true", "base"], { error: "只能是 true（按期报送）或 base（计入按期整改率）" })
    .optional()
    .describe("按期整改"),
});
export type RectificationListQuery = z.infer<typeof RectificationListQuery>;

/** The unit's written report (整改报告), or the office's 代录 of a paper one with its real date. */
export const RectificationReportInput = z
  .object({
    version,
    text: requiredText("整改报告", 10000),
    occurredOn: occurredOn("报送日期"),
  })
  .strict();
export type RectificationReportInput = z.infer<typeof RectificationReportInput>;

/** The office's review: accept, or return with the reasons (and optionally a new due day). */
export const RectificationReviewInput = z
  .object({
    version,
    decision: z.enum(["accept", "return"], { error: "请选择审核结果（验收通过或退回）" }).describe("审核结果"),
    note: optionalText("审核意见", 1000),
    occurredOn: occurredOn("审核日期"),
    dueDate: blankAs(null, DayText.nullish()).describe("重新报送期限"),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.decision === "return" && !v.note)
      ctx.addIssue({ code: "custom", path: ["note"], message: "退回时请填写退回理由" });
  });
export type RectificationReviewInput = z.infer<typeof RectificationReviewInput>;

/** 催办 (a reminder given, by phone or in person) or 回访 (a follow-up visit), with its day. */
export const RectificationEventInput = z
  .object({
    version,
    note: requiredText("情况说明", 2000),
    occurredOn: occurredOn("日期"),
  })
  .strict();
export type RectificationEventInput = z.infer<typeof RectificationEventInput>;

export const ReportAttachmentParams = z.object({
  id: uuid("整改任务编号"),
  attachmentId: uuid("附件编号"),
});

// ── Findings and review opinions of an activity ─────────────────────────────

export const FindingInput = z
  .object({
    text: requiredText("问题", 2000),
    targetId: blankAs(null, uuid("评议对象").nullish()).describe("评议对象"),
  })
  .strict();
export type FindingInput = z.infer<typeof FindingInput>;

export const OpinionInput = z
  .object({
    unitId: uuid("承办单位", "请选择承办单位"),
    text: requiredText("审议意见", 5000),
    dueDate: DayText.describe("整改期限"),
  })
  .strict();
export type OpinionInput = z.infer<typeof OpinionInput>;

export const OpinionUpdateInput = OpinionInput.partial().strict();
export type OpinionUpdateInput = z.infer<typeof OpinionUpdateInput>;

/** 送达: the opinions not yet sent (or only the listed ones) go to their units on this day. */
export const SendOpinionsInput = z
  .object({
    opinionIds: z.array(uuid("审议意见")).max(100, "一次最多送达 100 条").optional().describe("审议意见"),
    occurredOn: occurredOn("送达日期"),
  })
  .strict();
export type SendOpinionsInput = z.infer<typeof SendOpinionsInput>;

export const ActivityItemParams = z.object({ id: uuid("监督活动编号"), itemId: uuid("编号") });

/** 再测评: the units to poll again (default: every unit whose rectification was accepted). */
export const RepollInput = z
  .object({ targetIds: z.array(uuid("再测评对象")).max(50, "最多 50 个对象").optional().describe("再测评对象") })
  .strict();
