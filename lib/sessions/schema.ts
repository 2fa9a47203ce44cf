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
/** 举手表决, 无记名投票, 按表决器. */
export const VOTE_MODES = ["SHOW_OF_HANDS", "SECRET_BALLOT", "DEVICE"] as const;
export const EXTRAORDINARY_CALLS = ["PRESIDIUM", "DEPUTIES"] as const;

export const SessionCreateInput = z
  .object({
    kind: z.enum(SESSION_KINDS, { error: "请选择会议类型" }).default("REGULAR").describe("会议类型"),
    startDate: DayText.describe("开幕日期"),
    endDate: DayText.describe("闭幕日期"),
    venue: requiredText("会场", 200),
    /** 地方组织法 第十四条第三款: 主席团认为必要 (PRESIDIUM), 或者经过五分之一以上代表提议 (DEPUTIES). */
    callBy: blankAs(
      undefined,
      z.enum(EXTRAORDINARY_CALLS, { error: "召集依据只能是 主席团决定 或 代表提议" }).optional(),
    ).describe("召集依据"),
    requestedBy: blankAs(undefined, z.number().int().min(0).max(10_000).optional()).describe("提议代表人数"),
    requestNote: optionalText("提议记录", 1000),
  })
  .strict()
  .refine((v) => v.endDate >= v.startDate, { path: ["endDate"], message: "不能早于开幕日期" })
  .superRefine((v, ctx) => {
    if (v.kind === "REGULAR") return;
    if (!v.requestNote)
      ctx.addIssue({
        code: "custom",
        path: ["requestNote"],
        message: v.callBy === "PRESIDIUM" ? "临时会议须记录主席团的决定" : "临时会议须记录提议经过",
      });
    if ((v.callBy ?? "DEPUTIES") === "DEPUTIES" && v.requestedBy === undefined)
      ctx.addIssue({ code: "custom", path: ["requestedBy"], message: "代表提议召集临时会议，须记录提议的代表人数" });
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
    mode: z.enum(VOTE_MODES, { error: "表决方式只能是 举手表决、无记名投票 或 按表决器" }).describe("表决方式"),
    /** Recorded deputy by deputy (ballots); never for 无记名投票. */
    byName: z.boolean({ error: "请指明是否逐人登记" }).default(false).describe("逐人登记"),
    votesFor: count("赞成票").optional(),
    votesAgainst: count("反对票").optional(),
    votesAbstain: count("弃权票").optional(),
    ballots: z
      .array(z.object({ deputyId: uuid("代表"), choice: z.enum(["FOR", "AGAINST", "ABSTAIN"]) }).strict())
      .max(2000)
      .optional()
      .describe("记名表决"),
    /** 其余全部赞成: every deputy present without a ballot here is recorded as 赞成 (by name only). */
    othersFor: z.boolean({ error: "请指明其余代表是否全部赞成" }).optional().describe("其余全部赞成"),
  })
  .strict()
  .superRefine(checkTally);
export type VoteInput = z.infer<typeof VoteInput>;

/** Totals, or a choice per deputy when recorded by name — never by name in a secret ballot. */
function checkTally(
  v: {
    mode: string;
    byName: boolean;
    votesFor?: number;
    votesAgainst?: number;
    votesAbstain?: number;
    ballots?: unknown[];
    othersFor?: boolean;
  },
  ctx: z.RefinementCtx,
) {
  if (v.byName && v.mode === "SECRET_BALLOT")
    ctx.addIssue({ code: "custom", path: ["byName"], message: "无记名投票不能逐人登记" });
  if (!v.byName && (v.votesFor === undefined || v.votesAgainst === undefined || v.votesAbstain === undefined))
    ctx.addIssue({ code: "custom", path: ["votesFor"], message: "请填写赞成、反对、弃权票数" });
  if (v.othersFor && !v.byName)
    ctx.addIssue({ code: "custom", path: ["othersFor"], message: "其余全部赞成：只用于逐人登记" });
  if (v.byName && !v.ballots?.length && !v.othersFor)
    ctx.addIssue({ code: "custom", path: ["ballots"], message: "逐人登记须登记每位代表的表决意见" });
}

/** 更正 of a vote: the figures again (same matter, same base), and why. */
export const VoteCorrectionInput = z
  .object({
    mode: VoteInput.shape.mode,
    byName: VoteInput.shape.byName,
    votesFor: count("赞成票").optional(),
    votesAgainst: count("反对票").optional(),
    votesAbstain: count("弃权票").optional(),
    ballots: VoteInput.shape.ballots,
    reason: requiredText("理由", 500),
  })
  .strict()
  .superRefine(checkTally);
export type VoteCorrectionInput = z.infer<typeof VoteCorrectionInput>;
