// Chinese labels of the petitions' values, and the constants the registration form needs for its
// options without loading zod (lib/petitions/schema.ts re-exports them).
import type {
  PetitionCategory,
  PetitionChannel,
  PetitionDecision,
  PetitionIntake,
  PetitionState,
} from "@/lib/generated/prisma/enums";

export const PETITION_CHANNELS = ["LETTER", "VISIT", "PHONE", "ONLINE", "COUNTY_TRANSFER"] as const;
export const PETITION_CATEGORIES = ["SUGGESTION_OPINION", "ACCUSATION", "APPEAL_CLAIM"] as const;
export const PETITION_STATES = [
  "REGISTERED",
  "PROPOSED",
  "APPROVED",
  "TRANSFERRED",
  "ANSWERED",
  "REPORTED",
  "CLOSED",
] as const;

/** 信访工作条例 Art. 17, and cases passed down by the county congress. */
export const PETITION_CHANNEL_LABELS: Record<PetitionChannel, string> = {
  LETTER: "来信",
  VISIT: "来访",
  PHONE: "来电",
  ONLINE: "网上信访",
  COUNTY_TRANSFER: "上级人大转办",
};

/** Art. 29–31. */
export const PETITION_CATEGORY_LABELS: Record<PetitionCategory, string> = {
  SUGGESTION_OPINION: "建议意见类",
  ACCUSATION: "检举控告类",
  APPEAL_CLAIM: "申诉求决类",
};

export const PETITION_STATE_LABELS: Record<PetitionState, string> = {
  REGISTERED: "已登记",
  PROPOSED: "已拟办",
  APPROVED: "已批办",
  TRANSFERRED: "已转办",
  ANSWERED: "已回复",
  REPORTED: "已报告",
  CLOSED: "已办结",
};

/** Art. 23 para 1. */
export const PETITION_INTAKE_LABELS: Record<PetitionIntake, string> = {
  ACCEPT: "受理",
  FORWARD: "转送、交办有权处理机关",
  REDIRECT: "告知向有权处理机关提出",
  DUPLICATE: "同一事项已在办理，不再重复受理",
};

/** Art. 32. */
export const PETITION_DECISION_LABELS: Record<PetitionDecision, string> = {
  SUPPORT: "予以支持",
  EXPLAIN: "解释说明",
  NOT_SUPPORT: "不予支持",
};

/** A petition's coded values with their labels, as every answer carries them. */
export const codedValues = (p: { channel: PetitionChannel; category: PetitionCategory; state: PetitionState }) => ({
  channel: p.channel,
  channelLabel: PETITION_CHANNEL_LABELS[p.channel],
  category: p.category,
  categoryLabel: PETITION_CATEGORY_LABELS[p.category],
  state: p.state,
  stateLabel: PETITION_STATE_LABELS[p.state],
});

/** The timeline's event types written by the registration (the handling chain adds its own). */
export const PETITION_EVENT_LABELS: Record<string, string> = {
  registered: "登记",
  updated: "修改登记信息",
  attached: "上传附件",
  // The handling chain (lib/petitions/steps).
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

/** The list's sort orders. */
/** The year figures' outcomes (figures-rules.ts: closed, resolved): each a filter of the list. */
export const PETITION_OUTCOMES = ["resolved", "unresolved", "open"] as const;
export type PetitionOutcome = (typeof PETITION_OUTCOMES)[number];
export const PETITION_OUTCOME_LABELS: Record<PetitionOutcome, string> = {
  resolved: "办结并解决",
  unresolved: "办结未解决",
  open: "办理中",
};

/** The on-time rate's cases (figures-rules.ts handlingTally): its base, and those finished on time. */
export const PETITION_HANDLINGS = ["base", "ontime"] as const;
export const PETITION_HANDLING_LABELS: Record<(typeof PETITION_HANDLINGS)[number], string> = {
  base: "计入按期办结率（已办结和逾期未办结）",
  ontime: "按期办结",
};

export const PETITION_SORTS = ["received_desc", "received_asc", "number_desc", "number_asc"] as const;
export const PETITION_SORT_LABELS: Record<(typeof PETITION_SORTS)[number], string> = {
  received_desc: "收到日期（新→旧）",
  received_asc: "收到日期（旧→新）",
  number_desc: "编号（大→小）",
  number_asc: "编号（小→大）",
};

/** What a masked field says it is. */
export const PERSONAL_DATA_NOTE =
  "信访人的电话、身份证号和住址仅人大办和主席可查看完整信息；每次查看完整信息都记入审计日志。";
