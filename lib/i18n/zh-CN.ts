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

/** Session edits; the same edit made after the session closed is audited as `…_after_close`. */
const SESSION_EDIT_LABELS: Record<string, string> = {
  "session.created": "筹备人代会",
  "session.updated": "修改人代会信息",
  "session.checklist_updated": "更新筹备清单",
  "session.agenda_added": "新增议程",
  "session.agenda_updated": "修改议程",
  "session.attendance_recorded": "登记出席情况",
  "session.vote_recorded": "登记表决结果",
  "session.election_created": "新建选举",
  "session.round_recorded": "登记选举计票结果",
  "session.document_uploaded": "上传会议文件",
  "session.document_deleted": "删除会议文件",
};
const SESSION_AUDIT_LABELS: Record<string, string> = {
  ...SESSION_EDIT_LABELS,
  ...Object.fromEntries(
    Object.entries(SESSION_EDIT_LABELS).map(([action, label]) => [`${action}_after_close`, `闭会后${label}`]),
  ),
};

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "auth.signed_in": "登录成功",
  "auth.sign_in_failed": "登录失败",
  "auth.sign_in_locked": "锁定期间尝试登录",
  "auth.signed_out": "退出登录",
  "auth.denied": "越权访问被拒绝",
  "user.created": "新建账号",
  "user.updated": "修改账号",
  "user.password_reset": "重置密码",
  "user.password_changed": "修改本人密码",
  "user.unlocked": "解除登录锁定",
  "unit.created": "新建承办单位",
  "unit.updated": "修改承办单位",
  "demo.seeded": "导入演示数据",
  "deputy.created": "新增代表",
  "deputy.updated": "修改代表信息",
  "deputy.status_changed": "代表状态变动",
  "deputy.imported": "导入代表名册",
  "deputy.photo_updated": "上传代表照片",
  "deputy.photo_deleted": "删除代表照片",
  "group.created": "新建代表小组",
  "group.updated": "修改代表小组",
  "group.checked": "代表小组达标检查",
  "term.created": "新建届次",
  "presidium_link.updated": "调整联系代表",
  ...SESSION_AUDIT_LABELS,
  "session.opened": "人代会开幕",
  "session.closed": "人代会闭会",
  "session.template_updated": "修改筹备清单模板",
  "presidium_meeting.created": "登记主席团会议",
  "suggestion.created": "提出建议",
  "suggestion.updated": "修改建议",
  "suggestion.submitted": "提交建议",
  "suggestion.withdrawn": "撤回建议",
  "suggestion.registered": "登记建议",
  "suggestion.merged": "合并建议",
  "suggestion.motion_decided": "议案处理决定",
  "suggestion.assigned": "交办建议",
  "suggestion.returned": "退回交办",
  "suggestion.progress_noted": "记录办理进展",
  "suggestion.contact_recorded": "记录联系代表情况",
  "suggestion.delayed": "提交延办反馈书",
  "suggestion.replied": "答复建议",
  "suggestion.closed": "建议办结",
  "suggestion.published": "公开办理结果",
  "suggestion.rated": "代表评价答复",
  "suggestion.signed_off": "签发交办",
  "suggestion.co_input_submitted": "提交协办意见",
  "suggestion.attachment_uploaded": "上传建议附件",
  "suggestion.attachment_deleted": "删除建议附件",
  "suggestion_category.created": "新增建议类别",
  "suggestion_category.renamed": "修改建议类别名称",
  "suggestion_category.moved": "调整建议类别顺序",
  "suggestion_category.deactivated": "停用建议类别",
  "suggestion_category.reactivated": "启用建议类别",
  "suggestion_category.deleted": "删除建议类别",
  "suggestion.disclosure_exported": "导出建议办理情况公开",
  "suggestion.report_exported": "导出建议办理情况报告",
  "calendar.override_added": "调整工作日历",
  "calendar.override_removed": "删除工作日历调整",
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
