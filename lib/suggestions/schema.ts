import { z } from "zod";
import { blankAs, PageQuery } from "@/lib/http/validation";
import { DayText, occurredOn, plainText, requiredText, searchText, uuid as uuidOf, version } from "@/lib/http/fields";
import { todayInChina } from "@/lib/time/day";
import { STATES } from "@/lib/suggestions/rules";

const uuid = (label: string) => uuidOf(label, `请选择${label}`);
const note = (label: string, max = 5000, required = false) =>
  required ? requiredText(label, max) : plainText(label, max);

export const SuggestionCreateInput = z
  .object({
    kind: z
      .enum(["SUGGESTION", "MOTION"], { error: "请选择类型（建议或议案）" })
      .default("SUGGESTION")
      .describe("类型"),
    title: note("标题", 100, true),
    content: note("内容", 5000, true),
    categoryId: uuid("类别"),
    sessionId: blankAs(null, uuidOf("会议").nullish()).describe("会议"),
    /** The office submits on a deputy's behalf; a deputy is always their own lead proposer. */
    deputyId: blankAs(null, uuidOf("领衔代表").nullish()).describe("领衔代表"),
    /** 提出日期: the day the deputy raised it (today when absent). */
    raisedOn: occurredOn("提出日期"),
    cosignerIds: z
      .array(uuidOf("附议代表", "附议代表编号格式不正确"))
      .max(100, "附议代表最多 100 名")
      .default([])
      .describe("附议代表"),
    draft: z.boolean().default(false).describe("存为草稿"),
  })
  .strict();
export type SuggestionCreateInput = z.infer<typeof SuggestionCreateInput>;

/** `.optional()` makes a new schema without the label; keep it, so errors read "标题：…". */
const optional = <T extends z.ZodType>(schema: T) => schema.optional().describe(schema.description ?? "");

export const SuggestionUpdateInput = z
  .object({
    title: optional(note("标题", 100, true)),
    content: optional(note("内容", 5000, true)),
    categoryId: optional(uuid("类别")),
    version,
  })
  .strict();
export type SuggestionUpdateInput = z.infer<typeof SuggestionUpdateInput>;

/** One POST per transition, each with its own payload. */
export const TransitionInput = z.discriminatedUnion(
  "action",
  [
    z.object({ action: z.literal("submit"), version }).strict(),
    z.object({ action: z.literal("withdraw"), version, note: note("撤回原因", 1000).optional() }).strict(),
    z.object({ action: z.literal("register"), version }).strict(),
    z.object({ action: z.literal("merge"), version, intoId: uuid("合并到的建议") }).strict(),
    z
      .object({
        action: z.literal("decide_motion"),
        version,
        decision: z.enum(["PLACE_ON_AGENDA", "HANDLE_AS_SUGGESTION"], { error: "请选择处理决定" }).describe("处理决定"),
        note: note("说明", 1000).optional(),
      })
      .strict(),
    z
      .object({
        action: z.literal("assign"),
        version,
        leadUnitId: uuid("主办单位"),
        coUnitIds: z.array(uuidOf("协办单位")).max(10).default([]).describe("协办单位"),
        broad: z.boolean().default(false).describe("涉及面广、办理难度大"),
        occurredOn: occurredOn("交办日期"),
      })
      .strict(),
    z.object({ action: z.literal("return"), version, note: note("退回理由", 1000, true) }).strict(),
    z.object({ action: z.literal("progress"), version, note: note("办理进展", 5000, true) }).strict(),
    z
      .object({
        action: z.literal("co_input"),
        version,
        note: note("协办意见", 5000, true),
        /** 代录: the co-unit whose paper input the office keys in (a co-unit enters its own). */
        unitId: blankAs(null, uuidOf("协办单位", "请选择协办单位").nullish()).describe("协办单位"),
        occurredOn: occurredOn("协办意见日期"),
      })
      .strict(),
    z
      .object({
        action: z.literal("delay"),
        version,
        date: DayText.describe("延期办结日期"),
        note: note("办理措施", 2000, true),
      })
      .strict(),
    z
      .object({
        action: z.literal("reply"),
        version,
        replyClass: z.enum(["A", "B", "C"], { error: "请选择答复类别（A、B、C）" }).describe("答复类别"),
        note: note("答复内容", 10000, true),
        occurredOn: occurredOn("答复日期"),
      })
      .strict(),
    z.object({ action: z.literal("close"), version }).strict(),
    z.object({ action: z.literal("publish"), version }).strict(),
  ],
  { error: "不支持的操作" },
);
export type TransitionInput = z.infer<typeof TransitionInput>;

export const RatingInput = z
  .object({
    rating: z
      .enum(["SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"], { error: "请选择满意、基本满意或不满意" })
      .describe("评价"),
    comment: optional(note("意见", 2000)),
    occurredOn: occurredOn("评价日期"),
    version,
  })
  .strict()
  .refine((v) => v.rating !== "UNSATISFIED" || !!v.comment, { path: ["comment"], message: "不满意时请写明意见" });
export type RatingInput = z.infer<typeof RatingInput>;

export const SignOffInput = z
  .object({ ids: z.array(uuidOf("建议")).min(1, "请选择要签发的建议").max(200).describe("建议") })
  .strict();

export const SuggestionListQuery = PageQuery.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional().describe("年份"),
  sessionId: uuidOf("会议").optional().describe("会议"),
  categoryId: uuidOf("类别").optional().describe("类别"),
  unitId: uuidOf("承办单位").optional().describe("承办单位"),
  state: z.enum(STATES, { error: "状态不正确" }).optional().describe("状态"),
  overdue: z.enum(["true"]).optional().describe("逾期"),
  q: searchText("关键词", 50),
  mine: z.enum(["true"]).optional().describe("我的建议"),
  /** Being handled and not yet signed off by the chair (签发). */
  unsigned: z.enum(["true"]).optional().describe("待签发"),
  /** Being handled with a co-unit's input (协办意见) still owed in the current round. */
  coInput: z.enum(["owed"], { error: "只能是 owed（协办意见待交）" }).optional().describe("协办意见"),
  /** Only those the year's figures count (figures.ts `counted`): a dashboard figure opens exactly its records. */
  counted: z.enum(["true"], { error: "只能是 true（计入统计的建议）" }).optional().describe("计入统计"),
  /** The lead unit (主办) only — the figures' per-unit rows; `unitId` also finds the co-units' (协办). */
  leadUnitId: uuidOf("主办单位").optional().describe("主办单位"),
  /** The class of the latest reply (答复类别 A/B/C), as the figures count it. */
  replyClass: z.enum(["A", "B", "C"], { error: "答复类别只能是 A、B 或 C" }).optional().describe("答复类别"),
  /**
   * Only the valuable ones (六个一, deputy-suggestions.ts VALUABLE_SUGGESTION_RULE): the dashboard's line opens
   * exactly what the cards count. With `mine=true`, those the deputy led.
   */
  valuable: z.enum(["true"], { error: "只能是 true（有价值的建议）" }).optional().describe("有价值的建议"),
  /**
   * The on-time rate's suggestions of the year (figures.ts `onTimeIds`): `base` those it is counted over (replied, or
   * overdue unanswered), `true` those answered on time. Needs `year`; with `leadUnitId`, that lead unit's.
   */
  onTime: z
    .enum(["base", "true"], { error: "只能是 base（按时答复率的基数）或 true（按时答复）" })
    .optional()
    .describe("按时答复"),
});
export type SuggestionListQuery = z.infer<typeof SuggestionListQuery>;

/** The reminder lists (催办): overdue, due soon, or both; the unit filter is for the township's view. */
export const ReminderQuery = PageQuery.extend({
  status: z
    .enum(["overdue", "due_soon", "due_today"], {
      error: "只能是 overdue（逾期）、due_soon（即将到期）或 due_today（今天到期）",
    })
    .optional()
    .describe("状态"),
  unitId: uuidOf("承办单位", "承办单位编号格式不正确").optional().describe("承办单位"),
});
export type ReminderQuery = z.infer<typeof ReminderQuery>;

/** A unit's inbox: its assignments, filtered by state. */
export const InboxQuery = PageQuery.extend({
  state: z.enum(STATES, { error: "状态不正确" }).optional().describe("状态"),
  /** answer: what the unit leads and is still handling — the replies it owes (待答复). */
  todo: z.enum(["answer"], { error: "只能是 answer（待答复）" }).optional().describe("待办"),
});
export type InboxQuery = z.infer<typeof InboxQuery>;
export const AttachmentParams = z.object({
  id: uuidOf("建议编号"),
  attachmentId: uuidOf("附件编号"),
});

// ── Categories ──────────────────────────────────────────────────────────────

const categoryName = requiredText("名称", 30);

export const CategoryCreateInput = z.object({ name: categoryName }).strict();
export type CategoryCreateInput = z.infer<typeof CategoryCreateInput>;

/** Rename, deactivate or reactivate, or move one place up or down — each at the row's version. */
export const CategoryUpdateInput = z
  .object({
    version,
    name: optional(categoryName),
    active: z.boolean({ error: "状态应为在用或停用" }).optional().describe("状态"),
    move: z.enum(["up", "down"], { error: "只能上移或下移" }).optional().describe("排序"),
  })
  .strict()
  .refine((v) => v.name !== undefined || v.active !== undefined || v.move !== undefined, {
    path: ["name"],
    message: "没有要修改的内容",
  });
export type CategoryUpdateInput = z.infer<typeof CategoryUpdateInput>;
const year = z.coerce
  .number({ error: "请填写年份，如 2026" })
  .int("年份须为整数")
  .min(2000, "年份不能早于 2000 年")
  .max(2100, "年份不能晚于 2100 年")
  .describe("年份");
/** A session's id, or "recess" for suggestions raised between sessions (闭会期间). */
const sessionOrRecess = blankAs(
  undefined,
  z.union([z.literal("recess"), uuidOf("会议", "会议编号格式不正确")], { error: "会议编号格式不正确" }).optional(),
).describe("会议");

/** The figures page and GET /suggestions/figures; the year defaults to the current one (China time). */
export const FiguresQuery = z.object({
  year: year
    .optional()
    .transform((y) => y ?? todayInChina().getUTCFullYear())
    .describe("年份"),
  sessionId: sessionOrRecess,
  unitId: blankAs(undefined, uuidOf("承办单位", "承办单位编号格式不正确").optional()).describe("承办单位"),
});
export type FiguresQuery = z.infer<typeof FiguresQuery>;

/** GET /suggestions/report: the presidium's report for a year, or one session (or the recess). */
export const ReportQuery = z.object({ year, sessionId: sessionOrRecess });
export type ReportQuery = z.infer<typeof ReportQuery>;

/** GET /suggestions/disclosure: the half-yearly public disclosure, 上半年 (1) or 下半年 (2). */
export const DisclosureQuery = z.object({
  year,
  half: z.enum(["1", "2"], { error: "请选择上半年（1）或下半年（2）" }).transform(Number).describe("半年"),
  format: z.enum(["xlsx", "docx"], { error: "格式须为 xlsx 或 docx" }).default("xlsx").describe("格式"),
});
export type DisclosureQuery = z.infer<typeof DisclosureQuery>;
