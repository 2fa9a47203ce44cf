// Inputs and list queries of group activities (代表小组活动) with Chinese messages: the same schema on the form
// and the server.
import { z } from "zod";
import { blankAs, PageQuery } from "@/lib/http/validation";
import { occurredOn, optionalText, requiredText, uuid, version } from "@/lib/http/fields";
import { todayInChina } from "@/lib/time/day";

const year = z.coerce
  .number({ error: "年度应为数字" })
  .int("年度应为整数")
  .min(2000, "年度不早于 2000")
  .max(2100, "年度不晚于 2100")
  .describe("年度");

/** A group's plan for one quarter (五个有: 计划); saving again replaces the text. */
export const GroupPlanInput = z
  .object({
    groupId: uuid("代表小组", "请选择代表小组"),
    year: z
      .number({ error: "年度：应为数字" })
      .int("应为整数")
      .min(2000, "不早于 2000")
      .max(2100, "不晚于 2100")
      .describe("年度"),
    quarter: z
      .number({ error: "季度：请选择季度" })
      .int("应为整数")
      .min(1, "应为 1–4")
      .max(4, "应为 1–4")
      .describe("季度"),
    text: requiredText("活动计划", 2000),
  })
  .strict();
export type GroupPlanInput = z.infer<typeof GroupPlanInput>;

export const GroupPlanQuery = z.object({
  year: year.default(() => todayInChina().getUTCFullYear()),
  groupId: uuid("代表小组").optional(),
});
export type GroupPlanQuery = z.infer<typeof GroupPlanQuery>;

const attendeeIds = z
  .array(uuid("出席代表", "请选择出席代表"))
  .max(200, "出席代表最多 200 名")
  .refine((ids) => new Set(ids).size === ids.length, "同一代表列了两次")
  .describe("出席代表");

const recordFields = {
  heldOn: occurredOn("活动日期"),
  place: optionalText("活动地点", 200),
  topic: requiredText("活动主题", 200),
  content: requiredText("活动内容", 5000),
  record: optionalText("活动记录", 10000),
  summary: optionalText("活动总结", 5000),
  followUp: optionalText("跟踪落实", 5000),
  attendeeIds: attendeeIds.default([]),
};

/** An activity with its 五个有 (the plan is the quarter's plan): content, record (who attended, what was done), summary, follow-up. */
export const GroupActivityCreateInput = z
  .object({ groupId: uuid("代表小组", "请选择代表小组"), ...recordFields })
  .strict();
export type GroupActivityCreateInput = z.infer<typeof GroupActivityCreateInput>;

const optional = <T extends z.ZodType>(schema: T) => schema.optional().describe(schema.description ?? "");

/** Completing the record later (the summary and the follow-up come after the meeting); the group is fixed. */
export const GroupActivityUpdateInput = z
  .object({
    heldOn: optional(recordFields.heldOn),
    place: optional(recordFields.place),
    topic: optional(recordFields.topic),
    content: optional(recordFields.content),
    record: optional(recordFields.record),
    summary: optional(recordFields.summary),
    followUp: optional(recordFields.followUp),
    attendeeIds: optional(attendeeIds),
    version,
  })
  .strict();
export type GroupActivityUpdateInput = z.infer<typeof GroupActivityUpdateInput>;

export const GroupActivityListQuery = PageQuery.extend({
  year: year.optional(),
  quarter: z.coerce.number().int().min(1, "季度应为 1–4").max(4, "季度应为 1–4").optional().describe("季度"),
  groupId: blankAs(undefined, uuid("代表小组").optional()),
});
export type GroupActivityListQuery = z.infer<typeof GroupActivityListQuery>;

export const GroupActivityYearQuery = z.object({ year: year.default(() => todayInChina().getUTCFullYear()) });
export type GroupActivityYearQuery = z.infer<typeof GroupActivityYearQuery>;

export const ActivityPhotoParams = z.object({ id: uuid("活动编号"), photoId: uuid("照片编号") });

/** The activities page: the list's filters with the year defaulting to this year. */
export const GroupActivityPageQuery = GroupActivityListQuery.extend({
  year: year.default(() => todayInChina().getUTCFullYear()),
});
