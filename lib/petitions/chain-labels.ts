// The handling chain's words (client-safe: no zod, no Prisma): step names, intake outcomes (Art. 23
// para 1), the decisions of a 信访处理意见书 (Art. 32), review levels (Art. 35–36), state names.
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

export const PETITION_INTAKE_LABELS = {
  ACCEPT: "受理（本镇办理）",
  FORWARD: "转送、交办有权处理的机关",
  REDIRECT: "告知向有权处理的机关提出",
  DUPLICATE: "同一事项已受理，不再受理",
} as const;

export const PETITION_DECISION_LABELS = {
  SUPPORT: "予以支持",
  EXPLAIN: "解释说明",
  NOT_SUPPORT: "不予支持",
} as const;

export const PETITION_REVIEW_LEVEL_LABELS = { REVIEW: "复查", RE_REVIEW: "复核" } as const;

export const PETITION_CHAIN_STATE_LABELS = {
  REGISTERED: "已登记",
  PROPOSED: "已拟办",
  APPROVED: "已批办",
  TRANSFERRED: "已转办",
  ANSWERED: "已回复",
  REPORTED: "已报告",
  CLOSED: "已办结",
} as const;

export const SATISFACTION_LABELS = {
  SATISFIED: "满意",
  BASICALLY_SATISFIED: "基本满意",
  UNSATISFIED: "不满意",
} as const;

/** The timeline's event types this chain writes, in words. */
export const PETITION_EVENT_LABELS: Record<string, string> = {
  notified: "书面告知",
  notice_waived: "免于书面告知",
  proposed: "拟办",
  approved: "批办同意",
  sent_back: "批办退回",
  transferred: "转办",
  objected: "单位提出异议",
  reminded: "催办",
  answered: "单位回复",
  extended: "延期",
  reported: "报告上级人大",
  closed: "办结",
  visited: "回访",
  review_requested: "复查/复核请求",
  review_answered: "复查/复核意见",
  recused: "回避",
  overdue: "逾期",
};
