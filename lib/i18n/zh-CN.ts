import type { AgendaKind, AttendanceStatus, DeputyStatus, Gender, GroupKind, JoinMethod, Nomination, Role, SessionKind, SessionStatus, UnitKind, VoteChoice, VoteMode } from "@/lib/generated/prisma/enums";

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
  ...Object.fromEntries(Object.entries(SESSION_EDIT_LABELS).map(([action, label]) => [`${action}_after_close`, `闭会后${label}`])),
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
  "unit.created": "新建承办单位",
  "unit.updated": "修改承办单位",
  "demo.seeded": "导入演示数据",
  "deputy.created": "新增代表",
  "deputy.updated": "修改代表信息",
  "deputy.status_changed": "代表状态变动",
  "deputy.imported": "导入代表名册",
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

export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = { PREPARING: "筹备中", IN_PROGRESS: "召开中", CLOSED: "已闭会" };

export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = { PRESENT: "出席", LEAVE: "请假", ABSENT: "缺席", LEFT_EARLY: "中途离会" };

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
