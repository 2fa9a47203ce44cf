// Inputs of the petition handling chain: one POST per step ({ step, version, … }), the same zod schema on
// the handling panel's forms and the server; Chinese messages naming the field (lib/http/fields.ts).
import { z } from "zod";
import { blankAs } from "@/lib/http/validation";
import { occurredOn, optionalText, requiredText, uuid, version } from "@/lib/http/fields";

const unit = (label: string) => uuid(label, `请选择${label}`);
const obj = <S extends string, T extends z.ZodRawShape>(step: S, shape: T) =>
  z.object({ step: z.literal(step), version, ...shape }).strict();

const Notify = obj("notify", {
  intake: z.enum(["ACCEPT", "FORWARD", "REDIRECT", "DUPLICATE"], { error: "请选择受理情况" }).describe("受理情况"),
  forwardedTo: optionalText("转送、交办去向", 100),
  /** Art. 23 para 2: no notice owed when the petitioner's name or address is unclear. */
  waivedReason: optionalText("免于告知的原因", 200),
  occurredOn: occurredOn("告知日期"),
  note: optionalText("告知内容", 2000),
}).superRefine((v, ctx) => {
  if (v.intake === "FORWARD" && !v.forwardedTo)
    ctx.addIssue({ code: "custom", path: ["forwardedTo"], message: "请填写转送、交办到哪个机关" });
});

const ApprovalDecision = z
  .enum(["APPROVE", "SEND_BACK"], { error: "请选择批办意见（同意或退回重拟）" })
  .describe("批办意见");

export const PetitionTransitionInput = z.discriminatedUnion(
  "step",
  [
    Notify,
    obj("propose", { note: requiredText("拟办意见", 2000), occurredOn: occurredOn("拟办日期") }),
    obj("approve", {
      decision: ApprovalDecision,
      note: optionalText("批示", 500),
      occurredOn: occurredOn("批办日期"),
    }).superRefine((v, ctx) => {
      if (v.decision === "SEND_BACK" && !v.note)
        ctx.addIssue({ code: "custom", path: ["note"], message: "退回重拟时请写明意见" });
    }),
    obj("transfer", {
      leadUnitId: unit("主办单位"),
      coUnitIds: z.array(unit("协办单位")).max(10, "协办单位最多 10 个").default([]).describe("协办单位"),
      note: optionalText("转办要求", 1000),
      occurredOn: occurredOn("转办日期"),
    }),
    obj("object", { note: requiredText("异议理由", 500), occurredOn: occurredOn("异议日期") }),
    obj("remind", { note: requiredText("催办情况", 1000), occurredOn: occurredOn("催办日期") }),
    obj("reply", {
      text: requiredText("办理结果", 10000),
      decision: blankAs(
        null,
        z.enum(["SUPPORT", "EXPLAIN", "NOT_SUPPORT"], { error: "请选择处理意见" }).nullish(),
      ).describe("处理意见"),
      legalBasis: optionalText("法律法规依据", 500),
      occurredOn: occurredOn("回复日期"),
    }),
    obj("extend", {
      days: z
        .number({ error: "请填写天数" })
        .int("应为整数")
        .min(1, "至少 1 天")
        .max(365, "不能超过 365 天")
        .describe("延长天数"),
      reason: requiredText("延期理由", 500),
      /** The day the petitioner was told why (Art. 34); blank when not yet told. */
      notifiedOn: blankAs(null, occurredOn("告知延期日期")).describe("告知延期日期"),
      occurredOn: occurredOn("批准日期"),
    }),
    obj("report", {
      reportNumber: requiredText("报告文号", 50),
      occurredOn: occurredOn("报告日期"),
      note: optionalText("报告内容", 2000),
    }),
    obj("close", {
      resolved: z.boolean({ error: "请选择问题是否解决" }).describe("问题是否解决"),
      satisfaction: blankAs(
        null,
        z.enum(["SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"], { error: "满意度不正确" }).nullish(),
      ).describe("信访人满意度"),
      note: optionalText("办结说明", 1000),
      occurredOn: occurredOn("办结日期"),
    }),
    obj("visit", { note: requiredText("回访情况", 1000), occurredOn: occurredOn("回访日期") }),
    obj("review_request", {
      body: requiredText("复查（复核）机关", 100),
      occurredOn: occurredOn("请求日期"),
      note: optionalText("请求内容", 1000),
    }),
    obj("review_answer", { result: requiredText("复查（复核）意见", 5000), occurredOn: occurredOn("答复日期") }),
    obj("recuse", { userId: uuid("回避人员", "请选择回避人员"), reason: requiredText("回避理由", 500) }),
  ],
  { error: "请选择要执行的办理环节" },
);
export type PetitionTransitionInput = z.infer<typeof PetitionTransitionInput>;
