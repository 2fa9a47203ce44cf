import type {
  AgendaKind,
  AttendanceStatus,
  DeputyStatus,
  Gender,
  GroupKind,
  JoinMethod,
  MotionDecision,
  Nomination,
  ReplyClass,
  Role,
  SatisfactionRating,
  SessionKind,
  SessionStatus,
  SuggestionKind,
  SuggestionState,
  UnitKind,
  VoteChoice,
  VoteMode,
} from "@/lib/generated/prisma/enums";

export const ROLE_LABELS: Record<Role, string> = {
  OFFICE: "人大办工作人员",
  CHAIR: "人大主席/副主席",
  PRESIDIUM: "主席团成员",
  DEPUTY: "人大代表",
  UNIT: "承办单位",
};

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  GOVERNMENT_OFFICE: "镇政府内设机构",
  STATION: "站所",
  DEPARTMENT_BRANCH: "县直派驻机构",
  OTHER: "其他",
};

export const GENDER_LABELS: Record<Gender, string> = { MALE: "男", FEMALE: "女" };

export const DEPUTY_STATUS_LABELS: Record<DeputyStatus, string> = {
  SITTING: "在任",
  RESIGNED: "辞职",
  TRANSFERRED: "调离",
  RECALLED: "罢免",
  DECEASED: "去世",
};

export const JOIN_METHOD_LABELS: Record<JoinMethod, string> = { ELECTION: "换届选举", BY_ELECTION: "补选" };

export const LEVEL_LABELS: Record<string, string> = { TOWNSHIP: "镇", COUNTY: "县", CITY: "市", PREFECTURE: "州" };

export const GROUP_KIND_LABELS: Record<GroupKind, string> = {
  GROUP: "代表小组",
  CENTRE_GROUP: "代表中心组",
  DEPUTY_HOME: "代表之家",
  LIAISON_STATION: "联络站（联系点）",
};

export const SESSION_KIND_LABELS: Record<SessionKind, string> = { REGULAR: "例会", EXTRAORDINARY: "临时会议" };

export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = {
  PREPARING: "筹备中",
  IN_PROGRESS: "召开中",
  CLOSED: "已闭会",
};

export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  PRESENT: "出席",
  LEAVE: "请假",
  ABSENT: "缺席",
  LEFT_EARLY: "中途离会",
};

export const AGENDA_KIND_LABELS: Record<AgendaKind, string> = {
  GOVERNMENT_REPORT: "政府工作报告",
  PRESIDIUM_REPORT: "主席团工作报告",
  BUDGET: "财政预算、决算",
  ELECTION: "选举",
  RESOLUTION: "决议、决定",
  MOTION: "代表议案",
  OTHER: "其他",
};

export const VOTE_MODE_LABELS: Record<VoteMode, string> = { COUNT: "计数表决", NAMED: "记名表决" };

export const VOTE_CHOICE_LABELS: Record<VoteChoice, string> = { FOR: "赞成", AGAINST: "反对", ABSTAIN: "弃权" };

export const NOMINATION_LABELS: Record<Nomination, string> = { PRESIDIUM: "主席团提名", DEPUTIES: "代表联名" };

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
