import { z } from "zod";
import { blankAs, DayText, PageQuery } from "@/lib/http/validation";

const count = (label: string) =>
  z
    .number({ error: `请填写${label}` })
    .int(`${label}应为整数`)
    .min(0, `${label}不能为负数`)
    .max(100_000, `${label}过大`)
    .describe(label);
const version = z.number({ error: "缺少版本号" }).int().min(1).describe("版本号");

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
    venue: z.string({ error: "请填写会场" }).trim().min(1, "请填写会场").max(200, "最多 200 个字符").describe("会场"),
    requestedBy: blankAs(undefined, z.number().int().min(0).max(10_000).optional()).describe("提议代表人数"),
    requestNote: z
      .string()
      .trim()
      .max(1000, "最多 1000 个字符")
      .nullish()
      .transform((v) => v || null)
      .describe("提议记录"),
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
    venue: z.string().trim().min(1, "请填写会场").max(200).optional().describe("会场"),
    minutes: z.string().max(100_000, "最多 10 万字").nullish().describe("会议纪要"),
    version,
  })
  .strict();
export type SessionUpdateInput = z.infer<typeof SessionUpdateInput>;

export const SessionTransitionInput = z
  .object({ action: z.enum(["open", "close"], { error: "操作只能是 开幕 或 闭幕" }).describe("操作") })
  .strict();
export type SessionTransitionInput = z.infer<typeof SessionTransitionInput>;

export const SessionListQuery = PageQuery.extend({
  termId: z.string().uuid().optional().describe("届次"),
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
            title: z.string().trim().min(1, "请填写事项").max(200).describe("事项"),
            owner: z
              .string()
              .trim()
              .max(50)
              .nullish()
              .transform((v) => v || null)
              .describe("负责人"),
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
    title: z
      .string({ error: "请填写议程名称" })
      .trim()
      .min(1, "请填写议程名称")
      .max(200, "最多 200 个字符")
      .describe("议程名称"),
    resolution: z
      .string()
      .max(50_000)
      .nullish()
      .transform((v) => v || null)
      .describe("决议内容"),
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
            deputyId: z.string().uuid("代表编号格式不正确"),
            status: z.enum(ATTENDANCE, { error: "出席情况只能是 出席、请假、缺席、中途离会" }),
            note: z.string().max(200).nullish(),
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
    title: z.string({ error: "请填写表决事项" }).trim().min(1, "请填写表决事项").max(200).describe("表决事项"),
    agendaItemId: blankAs(null, z.string().uuid().nullish()).describe("议程"),
    mode: z.enum(["COUNT", "NAMED"], { error: "请选择表决方式" }).describe("表决方式"),
    votesFor: count("赞成票").optional(),
    votesAgainst: count("反对票").optional(),
    votesAbstain: count("弃权票").optional(),
    ballots: z
      .array(z.object({ deputyId: z.string().uuid(), choice: z.enum(["FOR", "AGAINST", "ABSTAIN"]) }).strict())
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
    attendees: z.string({ error: "请填写出席人员" }).trim().min(1, "请填写出席人员").max(2000).describe("出席人员"),
    topics: z.string({ error: "请填写议题" }).trim().min(1, "请填写议题").max(20_000).describe("议题"),
    decisions: z
      .string()
      .max(20_000)
      .nullish()
      .transform((v) => v || null)
      .describe("决定事项"),
  })
  .strict();
export type PresidiumMeetingInput = z.infer<typeof PresidiumMeetingInput>;

// ── Elections ───────────────────────────────────────────────────────────────

export const NOMINATIONS = ["PRESIDIUM", "DEPUTIES"] as const;
const personName = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, `请填写${label}`)
    .max(50, "最多 50 个字符")
    .describe(label);
const names = (label: string) =>
  z
    .array(personName(`${label}姓名`), { error: `请填写${label}` })
    .min(1, `至少须有 1 名${label}`)
    .max(20, `${label}最多 20 名`)
    .refine((v) => new Set(v).size === v.length, `${label}有重名`)
    .describe(label);

export const ElectionCreateInput = z
  .object({
    title: z
      .string({ error: "请填写选举事项" })
      .trim()
      .min(1, "请填写选举事项")
      .max(200, "最多 200 个字符")
      .describe("选举事项"),
    agendaItemId: blankAs(null, z.string().uuid("议程编号格式不正确").nullish()).describe("议程"),
    seats: z
      .number({ error: "请填写应选名额" })
      .int("应选名额应为整数")
      .min(1, "应选名额至少为 1")
      .max(50, "应选名额过大")
      .describe("应选名额"),
    candidates: z
      .array(
        z
          .object({
            name: personName("候选人姓名"),
            nominatedBy: z.enum(NOMINATIONS, { error: "提名方式只能是 主席团提名 或 代表联名" }).describe("提名方式"),
            nominatorCount: blankAs(
              undefined,
              z.number().int("联名人数应为整数").min(0).max(10_000).optional(),
            ).describe("联名代表人数"),
          })
          .strict(),
        { error: "请填写候选人" },
      )
      .min(1, "请填写候选人")
      .max(100, "候选人最多 100 名")
      .describe("候选人"),
    // 选举法: 监票人、计票人 are chosen from the deputies; candidates may not serve.
    scrutineers: names("监票人"),
    counters: names("计票人"),
  })
  .strict()
  .superRefine((v, ctx) => {
    // 地方组织法 Art. 26: candidates may equal or outnumber the seats (等额或差额), never fall short.
    if (v.candidates.length < v.seats)
      ctx.addIssue({
        code: "custom",
        path: ["candidates"],
        message: `候选人 ${v.candidates.length} 名，少于应选名额 ${v.seats} 名`,
      });
    const seen = new Set<string>();
    v.candidates.forEach((c, i) => {
      if (seen.has(c.name))
        ctx.addIssue({ code: "custom", path: ["candidates", i, "name"], message: `候选人姓名：${c.name} 重复` });
      seen.add(c.name);
      if (c.nominatedBy === "DEPUTIES" && c.nominatorCount === undefined)
        ctx.addIssue({
          code: "custom",
          path: ["candidates", i, "nominatorCount"],
          message: "联名代表人数：代表联名提名须填写联名人数",
        });
    });
    for (const key of ["scrutineers", "counters"] as const)
      v[key].forEach(
        (n, i) =>
          seen.has(n) &&
          ctx.addIssue({
            code: "custom",
            path: [key, i],
            message: `${key === "scrutineers" ? "监票人" : "计票人"}：候选人 ${n} 不得担任`,
          }),
      );
  });
export type ElectionCreateInput = z.infer<typeof ElectionCreateInput>;

const tallyCount = (label: string) => count(label).optional();

export const ElectionRoundInput = z
  .object({
    ballotsIssued: count("发出选票"),
    ballotsReturned: count("收回选票"),
    invalidBallots: count("无效票").default(0).describe("无效票"),
    /** From the paper tally sheet (计票单): one row per candidate standing and per name written in. */
    results: z
      .array(
        z
          .object({
            candidateId: z.string().uuid("候选人编号格式不正确").optional().describe("候选人"),
            writeInName: personName("另选人姓名").optional(),
            votesFor: count("赞成票"),
            votesAgainst: tallyCount("反对票"),
            votesAbstain: tallyCount("弃权票"),
          })
          .strict(),
      )
      .max(200, "最多 200 行")
      .optional()
      .describe("计票结果"),
    /** Ballot by ballot: marks per candidate id and names written in. Never who cast it. */
    ballots: z
      .array(
        z
          .object({
            marks: z
              .record(
                z.string().uuid("候选人编号格式不正确"),
                z.enum(["FOR", "AGAINST", "ABSTAIN"], { error: "只能是 赞成、反对、弃权" }),
              )
              .default({}),
            writeIns: z.array(personName("另选人姓名")).max(50).default([]),
          })
          .strict(),
      )
      .max(2000, "最多 2000 张选票")
      .optional()
      .describe("逐张选票"),
    /** A further round (另行选举): the candidates standing again; default: those not yet elected from the last round. */
    candidateIds: z
      .array(z.string().uuid("候选人编号格式不正确"))
      .min(1, "请选择参加另行选举的候选人")
      .max(100)
      .optional()
      .describe("另行选举候选人"),
  })
  .strict()
  .superRefine((v, ctx) => {
    if ((v.results === undefined) === (v.ballots === undefined))
      ctx.addIssue({ code: "custom", path: ["results"], message: "请按计票单登记，或逐张登记选票（二选一）" });
    if (v.invalidBallots > v.ballotsReturned)
      ctx.addIssue({ code: "custom", path: ["invalidBallots"], message: "不能多于收回的选票" });
    v.results?.forEach((r, i) => {
      if (!r.candidateId === !r.writeInName)
        ctx.addIssue({
          code: "custom",
          path: ["results", i, "candidateId"],
          message: "候选人：每行须是一名候选人或一名另选人",
        });
      if (r.candidateId && (r.votesAgainst === undefined || r.votesAbstain === undefined))
        ctx.addIssue({
          code: "custom",
          path: ["results", i, "votesAgainst"],
          message: "反对票：请填写候选人的反对票和弃权票",
        });
      if (r.writeInName && (r.votesAgainst || r.votesAbstain))
        ctx.addIssue({ code: "custom", path: ["results", i, "votesAgainst"], message: "反对票：另选人只计赞成票" });
    });
  });
export type ElectionRoundInput = z.infer<typeof ElectionRoundInput>;
