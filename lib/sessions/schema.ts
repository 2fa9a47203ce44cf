import { z } from "zod";
import { PageQuery } from "@/lib/http/validation";

const DayText = z.string({ error: "请填写日期" }).trim().regex(/^\d{4}-\d{2}-\d{2}$/, "格式应为 年-月-日").refine((t) => !Number.isNaN(Date.parse(`${t}T00:00:00Z`)) && new Date(`${t}T00:00:00Z`).toISOString().startsWith(t), "不是有效日期");
const blankAs = <T extends z.ZodType>(value: null | undefined, schema: T) => z.preprocess((v) => (v === "" ? value : v), schema);
const count = (label: string) => z.number({ error: `请填写${label}` }).int(`${label}应为整数`).min(0, `${label}不能为负数`).max(100_000, `${label}过大`).describe(label);
const version = z.number({ error: "缺少版本号" }).int().min(1).describe("版本号");

export const SESSION_KINDS = ["REGULAR", "EXTRAORDINARY"] as const;
export const AGENDA_KINDS = ["GOVERNMENT_REPORT", "PRESIDIUM_REPORT", "BUDGET", "ELECTION", "RESOLUTION", "MOTION", "OTHER"] as const;
export const ATTENDANCE = ["PRESENT", "LEAVE", "ABSENT", "LEFT_EARLY"] as const;

export const SessionCreateInput = z
  .object({
    kind: z.enum(SESSION_KINDS, { error: "请选择会议类型" }).default("REGULAR").describe("会议类型"),
    startDate: DayText.describe("开幕日期"),
    endDate: DayText.describe("闭幕日期"),
    venue: z.string({ error: "请填写会场" }).trim().min(1, "请填写会场").max(200, "最多 200 个字符").describe("会场"),
    requestedBy: blankAs(undefined, z.number().int().min(0).max(10_000).optional()).describe("提议代表人数"),
    requestNote: z.string().trim().max(1000, "最多 1000 个字符").nullish().transform((v) => v || null).describe("提议记录"),
  })
  .strict()
  .refine((v) => v.endDate >= v.startDate, { path: ["endDate"], message: "不能早于开幕日期" })
  .refine((v) => v.kind === "REGULAR" || (v.requestedBy !== undefined && !!v.requestNote), { path: ["requestedBy"], message: "临时会议须记录提议的代表人数和提议经过" });
export type SessionCreateInput = z.infer<typeof SessionCreateInput>;

export const SessionUpdateInput = z
  .object({
    startDate: DayText.optional().describe("开幕日期"),
    endDate: DayText.optional().describe("闭幕日期"),
    venue: z.string().trim().min(1, "请填写会场").max(200).optional().describe("会场"),
    minutes: z.string().max(100_000, "最多 10 万字").nullish().describe("会议纪要"),
    version,
  })
  .strict();
export type SessionUpdateInput = z.infer<typeof SessionUpdateInput>;

export const SessionTransitionInput = z.object({ action: z.enum(["open", "close"], { error: "操作只能是 开幕 或 闭幕" }).describe("操作") }).strict();
export type SessionTransitionInput = z.infer<typeof SessionTransitionInput>;

export const SessionListQuery = PageQuery.extend({
  termId: z.string().uuid().optional().describe("届次"),
  year: z.coerce.number().int().min(2000).max(2100).optional().describe("年份"),
  status: z.enum(["PREPARING", "IN_PROGRESS", "CLOSED"]).optional().describe("状态"),
});
export type SessionListQuery = z.infer<typeof SessionListQuery>;

export const ChecklistItemUpdateInput = z.object({ done: z.boolean({ error: "请指明是否完成" }).describe("完成") }).strict();

export const ChecklistTemplateInput = z
  .object({
    items: z
      .array(
        z.object({
          title: z.string().trim().min(1, "请填写事项").max(200).describe("事项"),
          owner: z.string().trim().max(50).nullish().transform((v) => v || null).describe("负责人"),
          offsetDays: z.number({ error: "请填写天数" }).int().min(-365).max(60).describe("相对开幕日的天数"),
        }).strict(),
      )
      .max(100, "最多 100 项")
      .describe("筹备事项"),
  })
  .strict();
export type ChecklistTemplateInput = z.infer<typeof ChecklistTemplateInput>;

export const AgendaItemInput = z
  .object({
    kind: z.enum(AGENDA_KINDS, { error: "请选择议程类型" }).describe("议程类型"),
    title: z.string({ error: "请填写议程名称" }).trim().min(1, "请填写议程名称").max(200, "最多 200 个字符").describe("议程名称"),
    resolution: z.string().max(50_000).nullish().transform((v) => v || null).describe("决议内容"),
    position: z.number().int().min(1).max(100).optional().describe("顺序"),
  })
  .strict();
export type AgendaItemInput = z.infer<typeof AgendaItemInput>;

export const AttendanceInput = z
  .object({
    entries: z.array(z.object({ deputyId: z.string().uuid("代表编号格式不正确"), status: z.enum(ATTENDANCE, { error: "出席情况只能是 出席、请假、缺席、中途离会" }), note: z.string().max(200).nullish() }).strict()).max(2000).describe("出席情况"),
    nonVotingAttendees: count("列席人数").optional(),
    publicAttendees: count("旁听人数").optional(),
  })
  .strict();
export type AttendanceInput = z.infer<typeof AttendanceInput>;

export const VoteInput = z
  .object({
    title: z.string({ error: "请填写表决事项" }).trim().min(1, "请填写表决事项").max(200).describe("表决事项"),
    agendaItemId: blankAs(null, z.string().uuid().nullish()).describe("议程"),
    mode: z.enum(["COUNT", "NAMED"], { error: "请选择表决方式" }).describe("表决方式"),
    votesFor: count("赞成票").optional(),
    votesAgainst: count("反对票").optional(),
    votesAbstain: count("弃权票").optional(),
    ballots: z.array(z.object({ deputyId: z.string().uuid(), choice: z.enum(["FOR", "AGAINST", "ABSTAIN"]) }).strict()).max(2000).optional().describe("记名表决"),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.mode === "COUNT" && (v.votesFor === undefined || v.votesAgainst === undefined || v.votesAbstain === undefined))
      ctx.addIssue({ code: "custom", path: ["votesFor"], message: "请填写赞成、反对、弃权票数" });
    if (v.mode === "NAMED" && !v.ballots?.length) ctx.addIssue({ code: "custom", path: ["ballots"], message: "记名表决须逐人登记" });
  });
export type VoteInput = z.infer<typeof VoteInput>;

export const PresidiumMeetingInput = z
  .object({
    date: DayText.describe("会议日期"),
    attendees: z.string({ error: "请填写出席人员" }).trim().min(1, "请填写出席人员").max(2000).describe("出席人员"),
    topics: z.string({ error: "请填写议题" }).trim().min(1, "请填写议题").max(20_000).describe("议题"),
    decisions: z.string().max(20_000).nullish().transform((v) => v || null).describe("决定事项"),
  })
  .strict();
export type PresidiumMeetingInput = z.infer<typeof PresidiumMeetingInput>;
