// The fields of each handling step's form (the panel renders them; the server's zod schema checks them).
// Client-safe: labels only, no zod.
import { SATISFACTION_LABELS, type PetitionStepName } from "@/lib/petitions/chain-labels";
import { PETITION_DECISION_LABELS, PETITION_INTAKE_LABELS } from "@/lib/petitions/labels";

export type Option = readonly [value: string, label: string];

export type StepField =
  | { kind: "text" | "textarea" | "date" | "number"; name: string; label: string; hint?: string }
  | {
      kind: "select" | "radio" | "checks";
      name: string;
      label: string;
      options: readonly Option[];
      hint?: string;
      /** Nothing chosen at first: a decision the user must make (the 信访处理意见书's). */
      blank?: boolean;
    }
  | { kind: "yesno"; name: string; label: string };

export interface FieldContext {
  /** Units the case may go to (the accused unit left out). */
  units: readonly Option[];
  /** Accounts that may be recused. */
  users: readonly Option[];
  /** 申诉求决类: the reply is a 信访处理意见书 with decision and legal basis. */
  appeal: boolean;
  /** The office may give the real day (代录, back-entry). */
  dated: boolean;
  /** The unit's last day to object. */
  objectBy: string | null;
}

const options = (labels: Record<string, string>): Option[] => Object.entries(labels);

const DAY_LABEL: Partial<Record<PetitionStepName, string>> = {
  notify: "告知日期",
  propose: "拟办日期",
  approve: "批办日期",
  transfer: "转办日期",
  object: "异议日期",
  remind: "催办日期",
  reply: "回复日期",
  extend: "批准日期",
  report: "报告日期",
  close: "办结日期",
  visit: "回访日期",
  review_request: "请求日期",
  review_answer: "答复日期",
};

const FIELDS: Record<PetitionStepName, (c: FieldContext) => StepField[]> = {
  notify: () => [
    { kind: "radio", name: "intake", label: "受理情况", options: options(PETITION_INTAKE_LABELS) },
    { kind: "text", name: "forwardedTo", label: "转送、交办去向", hint: "仅转送、交办时填写，如：县人民法院" },
    { kind: "textarea", name: "note", label: "告知内容", hint: "书面告知信访人的主要内容（选填）" },
    {
      kind: "text",
      name: "waivedReason",
      label: "免于告知的原因",
      hint: "仅信访人姓名（名称）、住址不清时填写（第二十三条第二款）",
    },
  ],
  propose: () => [{ kind: "textarea", name: "note", label: "拟办意见", hint: "拟交哪个单位、如何办理" }],
  approve: () => [
    {
      kind: "radio",
      name: "decision",
      label: "批办意见",
      options: [
        ["APPROVE", "同意"],
        ["SEND_BACK", "退回重拟"],
      ],
    },
    { kind: "textarea", name: "note", label: "批示", hint: "退回重拟时必填" },
  ],
  transfer: (c) => [
    { kind: "select", name: "leadUnitId", label: "主办单位", options: [["", "请选择"], ...c.units] },
    { kind: "checks", name: "coUnitIds", label: "协办单位", options: c.units, hint: "选填" },
    { kind: "textarea", name: "note", label: "转办要求" },
  ],
  object: (c) => [
    {
      kind: "textarea",
      name: "note",
      label: "异议理由",
      hint: `不属于本单位职权范围的，收到后 5 个工作日内提出${c.objectBy ? `（截止 ${c.objectBy}）` : ""}`,
    },
  ],
  remind: () => [{ kind: "textarea", name: "note", label: "催办情况", hint: "如：电话催办，要求本周内回复" }],
  reply: (c) => [
    { kind: "textarea", name: "text", label: "办理结果" },
    ...(c.appeal
      ? ([
          {
            kind: "radio",
            name: "decision",
            label: "处理意见",
            options: options(PETITION_DECISION_LABELS),
            blank: true,
          },
          { kind: "text", name: "legalBasis", label: "法律法规依据", hint: "第三十二条：信访处理意见书须载明" },
        ] as StepField[])
      : []),
  ],
  extend: () => [
    { kind: "number", name: "days", label: "延长天数", hint: "一次，不超过 30 日（第三十四条）" },
    { kind: "textarea", name: "reason", label: "延期理由" },
    { kind: "date", name: "notifiedOn", label: "告知延期日期", hint: "告知信访人延期理由的日期（选填）" },
  ],
  report: () => [
    { kind: "text", name: "reportNumber", label: "报告文号" },
    { kind: "textarea", name: "note", label: "报告内容" },
  ],
  close: () => [
    { kind: "yesno", name: "resolved", label: "问题是否解决" },
    {
      kind: "select",
      name: "satisfaction",
      label: "信访人满意度",
      options: [["", "未评价"], ...options(SATISFACTION_LABELS)],
    },
    { kind: "textarea", name: "note", label: "办结说明" },
  ],
  visit: () => [{ kind: "textarea", name: "note", label: "回访情况" }],
  review_request: () => [
    { kind: "text", name: "body", label: "复查（复核）机关", hint: "原办理机关的上一级，如：县人大常委会" },
    { kind: "textarea", name: "note", label: "请求内容" },
  ],
  review_answer: () => [{ kind: "textarea", name: "result", label: "复查（复核）意见" }],
  recuse: (c) => [
    { kind: "select", name: "userId", label: "回避人员", options: [["", "请选择"], ...c.users] },
    {
      kind: "textarea",
      name: "reason",
      label: "回避理由",
      hint: "与信访事项或者信访人有直接利害关系（第二十八条）",
    },
  ],
};

/** The step's fields, with the real day for the office (代录 and back-entry). */
export function stepFields(step: PetitionStepName, c: FieldContext): StepField[] {
  const day = DAY_LABEL[step];
  return [
    ...FIELDS[step](c),
    ...(day && c.dated ? [{ kind: "date" as const, name: "occurredOn", label: day, hint: "纸质材料上的日期" }] : []),
  ];
}

/** The form's starting values: empty text, the first option of each choice. */
export function defaultsOf(fields: readonly StepField[]): Record<string, unknown> {
  return Object.fromEntries(
    fields.map((f) => {
      if (f.kind === "checks") return [f.name, []];
      if (f.kind === "yesno") return [f.name, "true"];
      if (f.kind === "radio" || f.kind === "select") return [f.name, f.blank ? "" : (f.options[0]?.[0] ?? "")];
      return [f.name, ""];
    }),
  );
}
