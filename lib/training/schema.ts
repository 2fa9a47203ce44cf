// Inputs and list queries of training, with Chinese messages: the same schema on the form and the server.
import { z } from "zod";
import { blankAs, PageQuery } from "@/lib/http/validation";
import { DayText, occurredOn, optionalText, requiredText, uuid, version } from "@/lib/http/fields";
import { todayInChina } from "@/lib/time/day";
import { ATTENDANCE_VALUES, AUDIENCE_LEVELS, PLAN_KINDS, TRAINING_KINDS } from "@/lib/training/labels";

export * from "@/lib/training/labels";

const year = (label: string) =>
  z.coerce
    .number({ error: `${label}应为数字` })
    .int(`${label}应为整数`)
    .min(2000, `${label}不早于 2000`)
    .max(2100, `${label}不晚于 2100`)
    .describe(label);

const levelList = z.array(z.enum(AUDIENCE_LEVELS, { error: "代表层级不正确" })).max(4);
const levels = levelList.default([]).describe("培训对象（代表层级）");
const groupList = z.array(uuid("代表小组", "请选择代表小组")).max(100);
const groupIds = groupList.default([]).describe("培训对象（代表小组）");

export const AUDIENCE_MISSING = "请至少选择一类代表（镇/县/市/州）或一个代表小组";

/** 时间安排: one line, by quarter (year plans) or by year (five-year plans). */
export const PlanItemInput = z
  .object({
    quarter: blankAs(null, z.coerce.number().int().min(1, "季度应为 1–4").max(4, "季度应为 1–4").nullish()).describe(
      "季度",
    ),
    year: blankAs(null, year("年份").nullish()).describe("年份"),
    text: requiredText("安排内容", 1000),
  })
  .strict();
export type PlanItemInput = z.infer<typeof PlanItemInput>;

const planFields = {
  title: requiredText("计划名称", 100),
  guidingIdeas: requiredText("指导思想", 4000),
  purpose: requiredText("目的意义", 4000),
  audienceLevels: levels,
  audienceGroupIds: groupIds,
  audienceNote: optionalText("培训对象说明", 500),
  content: requiredText("培训内容", 4000),
  form: requiredText("培训形式", 2000),
  items: z.array(PlanItemInput).max(40, "时间安排最多 40 条").default([]).describe("时间安排"),
};

/** The schedule's lines by the plan's kind: quarters 1–4 for a year plan, years of the term for a five-year plan. */
export function planItemFields(kind: string, items: PlanItemInput[]): Record<string, string> {
  const fields: Record<string, string> = {};
  items.forEach((item, i) => {
    if (kind === "YEAR" && !item.quarter) fields[`items.${i}.quarter`] = "季度：年度计划按季度安排，请选择季度";
    if (kind === "TERM" && !item.year) fields[`items.${i}.year`] = "年份：五年规划按年度安排，请填写年份";
  });
  return fields;
}

const addIssues = (fields: Record<string, string>, ctx: z.RefinementCtx) => {
  for (const [path, message] of Object.entries(fields))
    ctx.addIssue({ code: "custom", path: path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p)), message });
};

export const PlanCreateInput = z
  .object({
    kind: z.enum(PLAN_KINDS, { error: "请选择计划类型" }).describe("计划类型"),
    year: blankAs(null, year("年度").nullish()).describe("年度"),
    ...planFields,
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.kind === "YEAR" && !v.year) ctx.addIssue({ code: "custom", path: ["year"], message: "年度计划请填写年度" });
    if (v.audienceLevels.length === 0 && v.audienceGroupIds.length === 0)
      ctx.addIssue({ code: "custom", path: ["audienceLevels"], message: AUDIENCE_MISSING });
    addIssues(planItemFields(v.kind, v.items), ctx);
  });
export type PlanCreateInput = z.infer<typeof PlanCreateInput>;

export const PlanUpdateInput = z
  .object({
    version,
    year: blankAs(null, year("年度").nullish()).describe("年度"),
    title: planFields.title.optional(),
    guidingIdeas: planFields.guidingIdeas.optional(),
    purpose: planFields.purpose.optional(),
    audienceLevels: levelList.optional().describe("培训对象（代表层级）"),
    audienceGroupIds: groupList.optional().describe("培训对象（代表小组）"),
    audienceNote: planFields.audienceNote.optional(),
    content: planFields.content.optional(),
    form: planFields.form.optional(),
    items: z.array(PlanItemInput).max(40, "时间安排最多 40 条").optional().describe("时间安排"),
  })
  .strict();
export type PlanUpdateInput = z.infer<typeof PlanUpdateInput>;

export const PlanApproveInput = z.object({ version }).strict();
export type PlanApproveInput = z.infer<typeof PlanApproveInput>;

export const PlanListQuery = PageQuery.extend({
  kind: z.enum(PLAN_KINDS, { error: "计划类型不正确" }).optional().describe("计划类型"),
  year: year("年度").optional(),
});
export type PlanListQuery = z.infer<typeof PlanListQuery>;

const days = z.coerce
  .number({ error: "培训天数应为数字" })
  .min(0.5, "培训天数至少 0.5 天")
  .max(60, "培训天数最多 60 天")
  .refine((n) => Number.isInteger(n * 2), "培训天数以半天为单位（如 1.5）")
  .describe("培训天数");

const trainingFields = {
  kind: z.enum(TRAINING_KINDS, { error: "请选择培训类型" }).describe("培训类型"),
  title: requiredText("培训名称", 100),
  planId: blankAs(null, uuid("培训计划", "请选择培训计划").nullish()).describe("培训计划"),
  startDate: DayText.describe("开始日期"),
  endDate: DayText.describe("结束日期"),
  days,
  place: optionalText("地点", 200),
  teacher: optionalText("授课人", 100),
  materials: optionalText("学习材料", 4000),
};

export const END_BEFORE_START = "结束日期不能早于开始日期";

export const TrainingCreateInput = z
  .object({
    ...trainingFields,
    audienceLevels: levels,
    audienceGroupIds: groupIds,
    deputyIds: z.array(uuid("代表", "请选择代表")).max(500).default([]).describe("参加代表"),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.endDate < v.startDate) ctx.addIssue({ code: "custom", path: ["endDate"], message: END_BEFORE_START });
  });
export type TrainingCreateInput = z.infer<typeof TrainingCreateInput>;

export const TrainingUpdateInput = z
  .object({
    version,
    kind: trainingFields.kind.optional(),
    title: trainingFields.title.optional(),
    planId: trainingFields.planId,
    startDate: trainingFields.startDate.optional(),
    endDate: trainingFields.endDate.optional(),
    days: days.optional(),
    place: trainingFields.place.optional(),
    teacher: trainingFields.teacher.optional(),
    materials: trainingFields.materials.optional(),
    cancelled: z.boolean({ error: "取消：应为是或否" }).optional().describe("取消"),
  })
  .strict();
export type TrainingUpdateInput = z.infer<typeof TrainingUpdateInput>;

export const TrainingListQuery = PageQuery.extend({
  year: year("年度").optional(),
  kind: z.enum(TRAINING_KINDS, { error: "培训类型不正确" }).optional().describe("培训类型"),
  /** Held as the figures count them (figures.ts): not cancelled, begun by today. */
  held: z.enum(["true"], { error: "只能是 true（已举办）" }).optional().describe("已举办"),
});
export type TrainingListQuery = z.infer<typeof TrainingListQuery>;

/** Enrolment: add by audience (levels, groups) and by name, or take deputies off. */
export const EnrolmentInput = z
  .object({
    audienceLevels: levels,
    audienceGroupIds: groupIds,
    deputyIds: z.array(uuid("代表", "请选择代表")).max(500).default([]).describe("增加代表"),
    removeDeputyIds: z.array(uuid("代表", "请选择代表")).max(500).default([]).describe("移出代表"),
  })
  .strict()
  .superRefine((v, ctx) => {
    const none = [v.audienceLevels, v.audienceGroupIds, v.deputyIds, v.removeDeputyIds].every((a) => a.length === 0);
    if (none) ctx.addIssue({ code: "custom", path: ["deputyIds"], message: "请选择要增加或移出的代表" });
  });
export type EnrolmentInput = z.infer<typeof EnrolmentInput>;

export const AttendanceInput = z
  .object({
    entries: z
      .array(
        z
          .object({
            deputyId: uuid("代表", "请选择代表"),
            attendance: z.enum(ATTENDANCE_VALUES, { error: "出勤应为出席、请假或缺席" }).describe("出勤"),
          })
          .strict(),
      )
      .min(1, "请至少登记一名代表")
      .max(500)
      .describe("出勤"),
  })
  .strict();
export type AttendanceInput = z.infer<typeof AttendanceInput>;

export const AssessmentInput = z
  .object({
    assessedOn: occurredOn("考核日期"),
    entries: z
      .array(
        z
          .object({
            deputyId: uuid("代表", "请选择代表"),
            score: blankAs(
              null,
              z.coerce
                .number({ error: "成绩应为数字" })
                .int("成绩应为整数")
                .min(0, "成绩应在 0 到 100 之间")
                .max(100, "成绩应在 0 到 100 之间")
                .nullish(),
            ).describe("成绩"),
            reflection: optionalText("心得", 4000),
          })
          .strict(),
      )
      .min(1, "请至少登记一名代表")
      .max(500)
      .describe("考核"),
  })
  .strict();
export type AssessmentInput = z.infer<typeof AssessmentInput>;

export const LeaveRequestInput = z
  .object({
    reason: requiredText("请假事由", 500),
    /** The office's 代录 of a paper request: whose, and the day it was asked. */
    deputyId: blankAs(undefined, uuid("代表", "请选择代表").optional()).describe("代表"),
    requestedOn: occurredOn("申请日期"),
  })
  .strict();
export type LeaveRequestInput = z.infer<typeof LeaveRequestInput>;

export const LeaveDecisionInput = z
  .object({
    decision: z.enum(["APPROVED", "REJECTED"], { error: "请选择批准或不批准" }).describe("审批意见"),
    note: optionalText("审批说明", 500),
  })
  .strict();
export type LeaveDecisionInput = z.infer<typeof LeaveDecisionInput>;

export const LeaveParams = z.object({ id: uuid("培训编号"), leaveId: uuid("请假申请编号") });

/** The figures: one year (default this year in China). */
export const TrainingYearQuery = z.object({
  year: year("年度").default(() => todayInChina().getUTCFullYear()),
});
export type TrainingYearQuery = z.infer<typeof TrainingYearQuery>;

/** /training: the year and the list's filters (a dashboard figure opens the trainings it counts). */
export const TrainingPageQuery = TrainingYearQuery.extend({
  kind: TrainingListQuery.shape.kind,
  held: TrainingListQuery.shape.held,
});
export type TrainingPageQuery = z.infer<typeof TrainingPageQuery>;
