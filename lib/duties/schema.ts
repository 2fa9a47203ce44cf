// Inputs and list queries of the duty register and the reports to voters (述职), with Chinese messages: the
// same schema on the form and the server.
import { z } from "zod";
import { todayInChina } from "@/lib/time/day";
import { blankAs, PageQuery } from "@/lib/http/validation";
import { DayText, occurredOn, optionalText, requiredText, uuid, version } from "@/lib/http/fields";
import { DUTY_KINDS, checkDutyFigures, type DutyFigures } from "@/lib/duties/rules";

const whole = (label: string, max = 100_000) =>
  blankAs(
    null,
    z
      .number({ error: `${label}：应为数字` })
      .int("应为整数")
      .min(0, "不能为负数")
      .max(max, "数字过大")
      .nullish(),
  ).describe(label);

const figures = {
  voters: whole("联系选民人数"),
  households: whole("帮扶户数"),
  persons: whole("帮扶人数"),
  incomeRaised: blankAs(
    null,
    z
      .number({ error: "增收金额：应为数字" })
      .min(0, "不能为负数")
      .max(9_999_999_999, "金额过大")
      .refine((n) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-6, "最多两位小数")
      .nullish(),
  ).describe("增收金额（元）"),
};

function checkFigures(v: { kind?: string } & DutyFigures, ctx: z.RefinementCtx) {
  if (!v.kind) return;
  for (const [path, message] of Object.entries(checkDutyFigures(v.kind, v)))
    ctx.addIssue({ code: "custom", path: [path], message: message.slice(message.indexOf("：") + 1) });
}

const entryFields = {
  kind: z.enum(DUTY_KINDS, { error: "请选择履职类型" }).describe("履职类型"),
  // The day the duty was done: not after today (the service checks the deputy's service too).
  occurredOn: occurredOn("履职日期"),
  description: requiredText("履职内容", 1000),
  ...figures,
};

/** A deputy logs their own duty; the office keys one for a deputy (代录, `deputyId` required). */
export const DutyCreateInput = z
  .object({
    deputyId: blankAs(null, uuid("代表", "请选择代表").nullish()).describe("代表"),
    ...entryFields,
  })
  .strict()
  .superRefine(checkFigures);
export type DutyCreateInput = z.infer<typeof DutyCreateInput>;

/** Correcting an entry while it is not verified (a returned entry is resubmitted by it). */
export const DutyUpdateInput = z
  .object({ ...entryFields, version })
  .strict()
  .superRefine(checkFigures);
export type DutyUpdateInput = z.infer<typeof DutyUpdateInput>;

export const DutyReviewInput = z.discriminatedUnion(
  "decision",
  [
    z.object({ decision: z.literal("verify"), version }).strict(),
    z.object({ decision: z.literal("return"), reason: requiredText("退回原因", 500), version }).strict(),
  ],
  { error: "请选择核实或退回" },
);
export type DutyReviewInput = z.infer<typeof DutyReviewInput>;

export const DUTY_STATES = ["SUBMITTED", "VERIFIED", "RETURNED"] as const;

export const DutyListQuery = PageQuery.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional().describe("年份"),
  deputyId: uuid("代表").optional(),
  kind: z.enum(DUTY_KINDS, { error: "履职类型不正确" }).optional().describe("履职类型"),
  state: z.enum(DUTY_STATES, { error: "状态不正确" }).optional().describe("状态"),
});
export type DutyListQuery = z.infer<typeof DutyListQuery>;

export const DutyPhotoParams = z.object({ id: uuid("履职登记编号"), photoId: uuid("照片编号") });

// ── 述职 ────────────────────────────────────────────────────────────────────

export const VoterReportCreateInput = z
  .object({
    deputyId: uuid("述职代表", "请选择述职代表"),
    scheduledOn: DayText.describe("述职日期"),
    place: optionalText("述职地点", 200),
    note: optionalText("备注", 500),
  })
  .strict();
export type VoterReportCreateInput = z.infer<typeof VoterReportCreateInput>;

/** A scheduled report moved or its place or note corrected, before it is held. */
export const VoterReportUpdateInput = z
  .object({
    scheduledOn: DayText.describe("述职日期"),
    place: optionalText("述职地点", 200),
    note: optionalText("备注", 500),
    version,
  })
  .strict();
export type VoterReportUpdateInput = z.infer<typeof VoterReportUpdateInput>;

const sheets = (label: string) =>
  z
    .number({ error: `${label}：请填写票数` })
    .int("应为整数")
    .min(0, "不能为负数")
    .max(100_000, "票数过大")
    .describe(label);

/** The meeting held and the voters' rating sheet counted from paper: one sheet per meeting. */
export const VoterReportRatingInput = z
  .object({
    heldOn: occurredOn("述职日期"),
    votersPresent: z
      .number({ error: "到会选民人数：请填写人数" })
      .int("应为整数")
      .min(1, "至少 1 人")
      .max(100_000, "人数过大")
      .describe("到会选民人数"),
    satisfied: sheets("满意票数"),
    basic: sheets("基本满意票数"),
    unsatisfied: sheets("不满意票数"),
    invalid: sheets("无效票数").default(0),
    version,
  })
  .strict();
export type VoterReportRatingInput = z.infer<typeof VoterReportRatingInput>;

export const VoterReportListQuery = PageQuery.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional().describe("年份"),
  deputyId: uuid("代表").optional(),
});
export type VoterReportListQuery = z.infer<typeof VoterReportListQuery>;

const yearField = z.coerce
  .number({ error: "年度应为数字" })
  .int("年度应为整数")
  .min(2000, "年度不早于 2000")
  .max(2100, "年度不晚于 2100")
  .default(() => todayInChina().getUTCFullYear())
  .describe("年度");

export const DutyYearQuery = z.object({ year: yearField });
export type DutyYearQuery = z.infer<typeof DutyYearQuery>;

/** The "六个一" card: the actor's own without `deputyId`. */
export const SixOneQuery = z.object({ year: yearField, deputyId: uuid("代表").optional() });
export type SixOneQuery = z.infer<typeof SixOneQuery>;

/** The register's page: the list's filters with the year defaulting to this year. */
export const DutyPageQuery = DutyListQuery.extend({ year: yearField });
export type DutyPageQuery = z.infer<typeof DutyPageQuery>;
export const VoterReportPageQuery = VoterReportListQuery.extend({ year: yearField });
