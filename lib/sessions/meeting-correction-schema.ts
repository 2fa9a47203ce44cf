// 更正 of a presidium meeting's record (lib/audit/corrections.ts): its day, place, chair and recorder, who
// sat in, each member's attendance, each topic's wording and decision, and the other decisions — with the
// reason the history keeps. The form sends the whole record as it wants it; only what changed is kept.
import { z } from "zod";
import { DayText, optionalText, requiredText, uuid, version } from "@/lib/http/fields";
import { withReason } from "@/lib/audit/correction-reason";
import { MEETING_ATTENDANCE } from "@/lib/sessions/labels";

export const PresidiumMeetingCorrectionInput = z
  .object({
    version,
    date: DayText.describe("会议日期"),
    venue: optionalText("会议地点", 200),
    presidedBy: optionalText("主持人", 50),
    recorder: optionalText("记录人", 50),
    guests: optionalText("其他列席人员", 1000),
    decisions: optionalText("其他决定事项", 20_000, { keepSpaces: true }),
    members: z
      .array(
        z
          .object({
            id: uuid("主席团成员"),
            attendance: z.enum(MEETING_ATTENDANCE, { error: "请选择出席情况" }).describe("出席情况"),
          })
          .strict(),
      )
      .max(100, "最多 100 名")
      .default([])
      .describe("主席团成员"),
    topics: z
      .array(
        z
          .object({
            id: uuid("议题"),
            title: requiredText("议题", 2000),
            reporter: optionalText("汇报人", 100),
            decision: optionalText("决定事项", 20_000, { keepSpaces: true }),
          })
          .strict(),
      )
      .max(50, "最多 50 项议题")
      .default([])
      .describe("议题"),
    ...withReason,
  })
  .strict();
export type PresidiumMeetingCorrectionInput = z.infer<typeof PresidiumMeetingCorrectionInput>;
