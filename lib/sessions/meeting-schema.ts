// 主席团会议 as a structured record: the form's and the API's schema (the same on both sides).
import { z } from "zod";
import { blankAs, PageQuery } from "@/lib/http/validation";
import { DayText, optionalText, requiredText, uuid } from "@/lib/http/fields";

import { MEETING_ATTENDANCE, TOPIC_KINDS } from "@/lib/sessions/labels";

export { MEETING_ATTENDANCE, TOPIC_KINDS };

export const PresidiumTopicInput = z
  .object({
    kind: z.enum(TOPIC_KINDS, { error: "请选择议题类别" }).describe("议题类别"),
    title: requiredText("议题", 2000),
    reporter: optionalText("汇报人", 100),
    /** The supervision activity whose report is heard (专项工作报告, 评议, 执法检查 …). */
    activityId: blankAs(null, uuid("关联监督活动").nullish()).describe("关联监督活动"),
    decision: optionalText("决定事项", 20_000, { keepSpaces: true }),
  })
  .strict();
export type PresidiumTopicInput = z.infer<typeof PresidiumTopicInput>;

export const PresidiumMeetingInput = z
  .object({
    date: DayText.describe("会议日期"),
    venue: optionalText("会议地点", 200),
    presidedBy: optionalText("主持人", 50),
    recorder: optionalText("记录人", 50),
    members: z
      .array(
        z
          .object({
            userId: uuid("主席团成员"),
            attendance: z.enum(MEETING_ATTENDANCE, { error: "请选择出席情况" }).describe("出席情况"),
          })
          .strict(),
        { error: "请登记主席团成员出席情况" },
      )
      .max(100, "最多 100 名")
      .describe("主席团成员"),
    // A form with a single checkbox sends false or one value instead of a list.
    inviteeIds: z
      .preprocess(
        (v) => (v === false || v == null ? [] : typeof v === "string" ? [v] : v),
        z.array(uuid("列席代表"), { error: "列席代表格式不正确" }).max(200, "最多 200 名"),
      )
      .describe("列席代表"),
    guests: optionalText("其他列席人员", 1000),
    topics: z
      .array(PresidiumTopicInput, { error: "请登记议题" })
      .min(1, "至少登记一项议题")
      .max(50, "最多 50 项议题")
      .describe("议题"),
    decisions: optionalText("其他决定事项", 20_000, { keepSpaces: true }),
  })
  .strict();
export type PresidiumMeetingInput = z.infer<typeof PresidiumMeetingInput>;

/** The list: by term (default the current one), newest first. */
export const PresidiumMeetingQuery = PageQuery.extend({
  termId: blankAs(undefined, uuid("届次").optional()),
});
export type PresidiumMeetingQuery = z.infer<typeof PresidiumMeetingQuery>;

export const PresidiumCountsQuery = z.object({ termId: blankAs(undefined, uuid("届次").optional()) });
