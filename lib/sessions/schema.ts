import { z } from "zod";
import { blankAs, PageQuery } from "@/lib/http/validation";
import { DayText, optionalText, requiredText, uuid, version } from "@/lib/http/fields";

/** A head count (votes, ballots, attendees): a whole number from 0 to 100,000. */
export const count = (label: string) =>
  z
    .number({ error: `请填写${label}` })
    .int(`${label}应为整数`)
    .min(0, `${label}不能为负数`)
    .max(100_000, `${label}过大`)
    .describe(label);

export const SESSION_KINDS = ["REGULAR", "EXTRAORDINARY"] as const;
export const AGENDA_KINDS = [
  "GOVERNMENT_REPORT",
  "PRESIDIUM_REPORT",
  "BUDGET",
  "ELECTION",
  "RESOLUTION",
  "MOTION",
  "OTHER",
] as const;
export const ATTENDANCE = ["PRESENT", "LEAVE", "ABSENT", "LEFT_EARLY"] as const;

export const SessionCreateInput = z
  .object({
    kind: z.enum(SESSION_KINDS, { error: "请选择会议类型" }).default("REGULAR").describe("会议类型"),
    startDate: DayText.describe("开幕日期"),
    endDate: DayText.describe("闭幕日期"),
    venue: requiredText("会场", 200),
    requestedBy: blankAs(undefined, z.number().int().min(0).max(10_000).optional()).describe("提议代表人数"),
    requestNote: optionalText("提议记录", 1000),
  })
  .strict()
  .refine((v) => v.endDate >= v.startDate, { path: ["endDate"], message: "不能早于开幕日期" })
  .refine((v) => v.kind === "REGULAR" || (v.requestedBy !== undefined && !!v.requestNote), {
    path: ["requestedBy"],
    message: "临时会议须记录提议的代表人数和提议经过",
  });
export type SessionCreateInput = z.infer<typeof SessionCreateInput>;

export const SessionUpdateInput = z
  .object({
    startDate: DayText.optional().describe("开幕日期"),
    endDate: DayText.optional().describe("闭幕日期"),
    venue: requiredText("会场", 200).optional().describe("会场"),
    minutes: optionalText("会议纪要", 100_000, { keepSpaces: true, tooLong: "最多 10 万字" }),
    version,
  })
  .strict();
export type SessionUpdateInput = z.infer<typeof SessionUpdateInput>;

export const SessionTransitionInput = z
  .object({
    action: z.enum(["open", "close", "revoke_open"], { error: "操作只能是 开幕、闭幕 或 撤销开幕" }).describe("操作"),
    /** Why it opens before the scheduled date, or why the opening is revoked. */
    reason: optionalText("原因", 500),
  })
  .strict();
export type SessionTransitionInput = z.infer<typeof SessionTransitionInput>;

export const SessionListQuery = PageQuery.extend({
  termId: uuid("届次").optional().describe("届次"),
  year: z.coerce.number().int().min(2000).max(2100).optional().describe("年份"),
  status: z.enum(["PREPARING", "IN_PROGRESS", "CLOSED"]).optional().describe("状态"),
});
export type SessionListQuery = z.infer<typeof SessionListQuery>;

export const ChecklistItemUpdateInput = z
  .object({ done: z.boolean({ error: "请指明是否完成" }).describe("完成") })
  .strict();

export const ChecklistTemplateInput = z
  .object({
    items: z
      .array(
        z
          .object({
            title: requiredText("事项", 200),
            owner: optionalText("负责人", 50),
            offsetDays: z.number({ error: "请填写天数" }).int().min(-365).max(60).describe("相对开幕日的天数"),
          })
          .strict(),
      )
      .max(100, "最多 100 项")
      .describe("筹备事项"),
  })
  .strict();
export type ChecklistTemplateInput = z.infer<typeof ChecklistTemplateInput>;

export const AgendaItemInput = z
  .object({
    kind: z.enum(AGENDA_KINDS, { error: "请选择议程类型" }).describe("议程类型"),
    title: requiredText("议程名称", 200),
    resolution: optionalText("决议内容", 50_000, { keepSpaces: true }),
    position: z.number().int().min(1).max(100).optional().describe("顺序"),
  })
  .strict();
export type AgendaItemInput = z.infer<typeof AgendaItemInput>;

export const AttendanceInput = z
  .object({
    entries: z
      .array(
        z
          .object({
            deputyId: uuid("代表", "代表编号格式不正确"),
            status: z.enum(ATTENDANCE, { error: "出席情况只能是 出席、请假、缺席、中途离会" }),
            note: optionalText("备注", 200, { keepSpaces: true }),
          })
          .strict(),
      )
      .max(2000)
      .describe("出席情况"),
    nonVotingAttendees: count("列席人数").optional(),
    publicAttendees: count("旁听人数").optional(),
  })
  .strict();
export type AttendanceInput = z.infer<typeof AttendanceInput>;

export const VoteInput = z
  .object({
    title: requiredText("表决事项", 200),
    agendaItemId: blankAs(null, uuid("议程").nullish()).describe("议程"),
    mode: z.enum(["COUNT", "NAMED"], { error: "请选择表决方式" }).describe("表决方式"),
    votesFor: count("赞成票").optional(),
    votesAgainst: count("反对票").optional(),
    votesAbstain: count("弃权票").optional(),
    ballots: z
      .array(z.object({ deputyId: uuid("代表"), choice: z.enum(["FOR", "AGAINST", "ABSTAIN"]) }).strict())
      .max(2000)
      .optional()
      .describe("记名表决"),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (
      v.mode === "COUNT" &&
      (v.votesFor === undefined || v.votesAgainst === undefined || v.votesAbstain === undefined)
    )
      ctx.addIssue({ code: "custom", path: ["votesFor"], message: "请填写赞成、反对、弃权票数" });
    if (v.mode === "NAMED" && !v.ballots?.length)
      ctx.addIssue({ code: "custom", path: ["ballots"], message: "记名表决须逐人登记" });
  });
export type VoteInput = z.infer<typeof VoteInput>;

export const PresidiumMeetingInput = z
  .object({
    date: DayText.describe("会议日期"),
    attendees: requiredText("出席人员", 2000),
    topics: requiredText("议题", 20_000),
    decisions: optionalText("决定事项", 20_000, { keepSpaces: true }),
  })
  .strict();
export type PresidiumMeetingInput = z.infer<typeof PresidiumMeetingInput>;
