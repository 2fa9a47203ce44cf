// Chinese labels of the suggestions' values.
import type {
  ContactWay,
  MotionDecision,
  ReplyClass,
  SatisfactionRating,
  SuggestionKind,
  SuggestionState,
} from "@/lib/generated/prisma/enums";

export const SUGGESTION_STATE_LABELS: Record<SuggestionState, string> = {
  DRAFT: "草稿",
  SUBMITTED: "已提交",
  REGISTERED: "已登记",
  ASSIGNED: "已交办",
  REPLIED: "已答复",
  RATED: "已评价",
  CLOSED: "已办结",
  WITHDRAWN: "已撤回",
  MERGED: "已合并",
  REHANDLING: "重新办理",
};

export const SUGGESTION_KIND_LABELS: Record<SuggestionKind, string> = { SUGGESTION: "建议", MOTION: "议案" };

export const REPLY_CLASS_LABELS: Record<ReplyClass, string> = {
  A: "A 已解决或基本解决",
  B: "B 列入计划逐步解决",
  C: "C 因条件限制需以后解决",
};

export const RATING_LABELS: Record<SatisfactionRating, string> = {
  SATISFIED: "满意",
  BASICALLY_SATISFIED: "基本满意",
  UNSATISFIED: "不满意",
};

export const MOTION_DECISION_LABELS: Record<MotionDecision, string> = {
  PLACE_ON_AGENDA: "列入会议议程",
  HANDLE_AS_SUGGESTION: "作为建议交办",
};

/** The on-time rate's definition, stated beside it on every page (lib/suggestions/rules.ts onTimeRate). */
export const ON_TIME_RULE =
  "按时答复率 = 按时答复件数 ÷（已答复件数 + 逾期未答复件数）。第一次答复在当时的办理期限（或延办反馈书的日期）之内为按时；已过期限仍未答复的计入分母，尚未到期的不计。";

/** Where the units would act while the chair has not signed the assignment (lib/suggestions/handover.ts). */
export const AWAITING_SIGN_OFF = "待主席签发：签发后交付承办单位，办理期限自签发之日起计算";

/** The timeline's event types (SuggestionEvent.type). */
export const SUGGESTION_EVENT_LABELS: Record<string, string> = {
  drafted: "存为草稿",
  submitted: "提出建议",
  submit: "提交建议",
  withdraw: "撤回建议",
  register: "人大办登记",
  merge: "并入其他建议",
  merged_in: "合并同类建议",
  decide_motion: "议案处理决定",
  assign: "交办承办单位",
  signed_off: "主席签发",
  return: "承办单位退回",
  progress: "办理进展",
  contact: "联系代表",
  co_input: "协办意见",
  delay: "延办反馈书",
  reply: "承办单位答复",
  rating: "代表评价",
  close: "办结",
  publish: "公开办理结果",
};

/** The name of the day an event really happened, when it was keyed later (代录, back-entry). */
export const SUGGESTION_EVENT_DAY_LABELS: Record<string, string> = {
  assign: "交办日期",
  co_input: "协办意见日期",
  contact: "联系日期",
  reply: "答复日期",
  rating: "评价日期",
};

/** 联系代表的方式. */
export const CONTACT_WAY_LABELS: Record<ContactWay, string> = {
  PHONE: "电话",
  VISIT: "走访",
  MEETING: "座谈",
  OTHER: "其他",
};
