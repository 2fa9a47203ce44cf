// Inputs and list queries of supervision, with Chinese messages: the same schema on the form and the server.
import { z } from "zod";
import { blankAs, PageQuery } from "@/lib/http/validation";
import { DayText, occurredOn, optionalText, requiredText, searchText, uuid, version } from "@/lib/http/fields";
import { CHOICES, KINDS, STATES, isEvaluation, targetsOfficials } from "@/lib/supervision/rules";

const pick = (label: string) => uuid(label, `请选择${label}`);
const optionalDay = (label: string) => blankAs(null, DayText.nullish()).describe(label);

/** 评议/测评对象: a unit, or (述职评议) an official by name and post, optionally of a unit. */
export const TargetInput = z
  .object({
    unitId: blankAs(null, uuid("被评议单位", "请选择被评议单位").nullish()).describe("被评议单位"),
    officialName: optionalText("被评议人姓名", 50),
    officialPost: optionalText("职务", 100),
  })
  .strict();
export type TargetInput = z.infer<typeof TargetInput>;

export const ParticipantInput = z
  .object({
    deputyId: pick("参加代表"),
    presidiumMember: z.boolean({ error: "主席团成员：应为是或否" }).default(false).describe("主席团成员"),
  })
  .strict();

const bool = (label: string) => z.boolean({ error: `${label}：应为是或否` }).describe(label);
const targets = z.array(TargetInput).max(50, "评议对象最多 50 个").describe("评议对象");
const participants = z.array(ParticipantInput).max(300, "参加人员最多 300 名").describe("参加人员");

const planFields = {
  title: requiredText("活动名称", 100),
  purpose: optionalText("目的", 2000),
  scope: optionalText("对象和内容", 2000),
  method: optionalText("方式", 2000),
  lawName: optionalText("检查的法律", 100),
  places: optionalText("检查或视察地点", 2000),
  sessionId: blankAs(null, uuid("人代会", "请选择人代会").nullish()).describe("人代会"),
  presidiumMeetingId: blankAs(null, uuid("主席团会议", "请选择主席团会议").nullish()).describe("主席团会议"),
  startDate: DayText.describe("开始日期"),
  endDate: optionalDay("结束日期"),
};

/**
 * What the plan's kind requires: a law for 执法检查, targets of the right sort for an evaluation, no one
 * listed twice. Chinese messages by field path (the service checks an edit against the stored kind).
 */
export function planKindFields(v: {
  kind: string;
  lawName?: string | null;
  targets?: TargetInput[];
  participants?: { deputyId: string }[];
}): Record<string, string> {
  const fields: Record<string, string> = {};
  if (v.kind === "LAW_INSPECTION" && v.lawName !== undefined && !v.lawName)
    fields.lawName = "检查的法律：执法检查请填写所检查的法律";
  if (v.targets) {
    v.targets.forEach((t, i) => {
      if (targetsOfficials(v.kind) && !t.officialName)
        fields[`targets.${i}.officialName`] = "被评议人姓名：述职评议请填写被评议人";
      if (!targetsOfficials(v.kind) && !t.unitId) fields[`targets.${i}.unitId`] = "被评议单位：请选择";
    });
    const units = v.targets.map((t) => t.unitId).filter(Boolean);
    if (!targetsOfficials(v.kind) && new Set(units).size !== units.length)
      fields.targets = "评议对象：同一单位列了两次";
    if (isEvaluation(v.kind) && v.targets.length === 0) fields.targets = "评议对象：评议活动至少要有一个评议对象";
  }
  if (v.participants) {
    const ids = v.participants.map((p) => p.deputyId);
    if (new Set(ids).size !== ids.length) fields.participants = "参加人员：同一代表列了两次";
  }
  return fields;
}

function checkKind(v: Parameters<typeof planKindFields>[0], ctx: z.RefinementCtx) {
  for (const [path, message] of Object.entries(planKindFields(v)))
    ctx.addIssue({
      code: "custom",
      path: path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      // zodFields puts the field's label in front again.
      message: message.slice(message.indexOf("：") + 1),
    });
}

export const ActivityCreateInput = z
  .object({
    kind: z.enum(KINDS, { error: "请选择活动类型" }).describe("活动类型"),
    ...planFields,
    preSession: bool("会前视察").default(false),
    targets: targets.default([]),
    participants: participants.default([]),
  })
  .strict()
  .superRefine(checkKind);
export type ActivityCreateInput = z.infer<typeof ActivityCreateInput>;

/** `.optional()` makes a new schema without the label; keep it, so errors read "活动名称：…". */
const optional = <T extends z.ZodType>(schema: T) => schema.optional().describe(schema.description ?? "");

/** Editing the plan (only while it is a draft); the kind is fixed once created. */
export const ActivityUpdateInput = z
  .object({
    title: optional(planFields.title),
    purpose: optional(planFields.purpose),
    scope: optional(planFields.scope),
    method: optional(planFields.method),
    lawName: optional(planFields.lawName),
    places: optional(planFields.places),
    sessionId: optional(planFields.sessionId),
    presidiumMeetingId: optional(planFields.presidiumMeetingId),
    startDate: optional(planFields.startDate),
    endDate: optional(planFields.endDate),
    preSession: optional(bool("会前视察")),
    targets: optional(targets),
    participants: optional(participants),
    version,
  })
  .strict();
export type ActivityUpdateInput = z.infer<typeof ActivityUpdateInput>;

/** The plan's steps: approve (the chair, with the party committee's consent), start, conclude (the office). */
export const TransitionInput = z.discriminatedUnion(
  "action",
  [
    z
      .object({
        action: z.literal("approve"),
        version,
        partyConsentOn: DayText.describe("党委同意日期"),
        partyConsentNote: requiredText("党委意见", 500),
      })
      .strict(),
    z.object({ action: z.literal("start"), version }).strict(),
    z
      .object({
        action: z.literal("conclude"),
        version,
        concludedOn: occurredOn("结束日期"),
        summary: optionalText("活动总结", 20000),
      })
      .strict(),
  ],
  { error: "操作不正确" },
);
export type TransitionInput = z.infer<typeof TransitionInput>;

export const AttendanceInput = z
  .object({
    entries: z
      .array(
        z
          .object({
            deputyId: pick("参加代表"),
            attendance: z.enum(["PRESENT", "LEAVE", "ABSENT"], { error: "请选择出席情况" }).describe("出席情况"),
          })
          .strict(),
      )
      .min(1, "请至少登记一人")
      .max(300, "最多 300 人")
      .describe("出席情况"),
  })
  .strict();
export type AttendanceInput = z.infer<typeof AttendanceInput>;

const count = (label: string) =>
  z.number({ error: "请填写票数" }).int("应为整数").min(0, "不能为负数").max(10_000, "票数过大").describe(label);

/**
 * The ballots endpoint: a deputy casts their own ballots (one per poll: `votes`), the office keys in the
 * paper ballots' counts per poll, or closes the round's polls.
 */
export const BallotInput = z.discriminatedUnion(
  "action",
  [
    z
      .object({
        action: z.literal("cast"),
        votes: z
          .array(
            z
              .object({
                pollId: pick("测评对象"),
                choice: z.enum(CHOICES, { error: "请选择满意、基本满意或不满意" }).describe("测评意见"),
              })
              .strict(),
          )
          .min(1, "请至少对一个对象投票")
          .max(50, "最多 50 个对象")
          .describe("测评意见"),
      })
      .strict(),
    z
      .object({
        action: z.literal("paper"),
        entries: z
          .array(
            z
              .object({
                pollId: pick("测评对象"),
                satisfied: count("满意票数"),
                basic: count("基本满意票数"),
                unsatisfied: count("不满意票数"),
                invalid: count("废票数").default(0),
                version,
              })
              .strict(),
          )
          .min(1, "请至少录入一个对象的票数")
          .max(50, "最多 50 个对象")
          .describe("纸质票"),
      })
      .strict(),
    z
      .object({ action: z.literal("close"), round: z.number().int().min(1).max(9).default(1).describe("轮次") })
      .strict(),
  ],
  { error: "操作不正确" },
);
export type BallotInput = z.infer<typeof BallotInput>;

export const ActivityListQuery = PageQuery.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional().describe("年份"),
  kind: z.enum(KINDS, { error: "活动类型不正确" }).optional().describe("活动类型"),
  state: z.enum(STATES, { error: "状态不正确" }).optional().describe("状态"),
  /** Only those the year's figures count (figures.ts: not a draft plan): a summary figure opens exactly its records. */
  counted: z.enum(["true"], { error: "只能是 true（计入统计的活动）" }).optional().describe("计入统计"),
  q: searchText("关键词", 50),
});
export type ActivityListQuery = z.infer<typeof ActivityListQuery>;

export const DocumentParams = z.object({ id: uuid("活动编号"), documentId: uuid("材料编号") });
