// The handling chain's words (client-safe: no zod, no Prisma): step names, review levels (Art. 35–36),
// satisfaction. States, intake outcomes, decisions and the timeline's events are in labels.ts.
export const PETITION_STEP_LABELS = {
  notify: "告知",
  propose: "拟办",
  approve: "批办",
  transfer: "转办",
  object: "提出异议（退回）",
  remind: "催办",
  reply: "回复办理结果",
  extend: "延期",
  report: "报告办理结果",
  close: "办结",
  visit: "回访",
  review_request: "登记复查/复核请求",
  review_answer: "登记复查/复核意见",
  recuse: "回避",
} as const;
export type PetitionStepName = keyof typeof PETITION_STEP_LABELS;
export const PETITION_STEP_NAMES = Object.keys(PETITION_STEP_LABELS) as PetitionStepName[];

export const PETITION_REVIEW_LEVEL_LABELS = { REVIEW: "复查", RE_REVIEW: "复核" } as const;

export const SATISFACTION_LABELS = {
  SATISFIED: "满意",
  BASICALLY_SATISFIED: "基本满意",
  UNSATISFIED: "不满意",
} as const;
