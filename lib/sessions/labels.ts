// Chinese labels of the sessions' values.
import type {
  AgendaKind,
  AttendanceStatus,
  Nomination,
  SessionCorrectionKind,
  SessionKind,
  SessionStatus,
  VoteChoice,
  VoteMode,
} from "@/lib/generated/prisma/enums";

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

export const CORRECTION_KIND_LABELS: Record<SessionCorrectionKind, string> = {
  SESSION: "更正会议信息",
  AGENDA_EDIT: "更正议程",
  AGENDA_ORDER: "调整议程顺序",
  AGENDA_DELETE: "删除议程",
};

/** The fields a correction names, as the 更正记录 shows them. */
export const CORRECTION_FIELD_LABELS: Record<string, string> = {
  startDate: "开幕日期",
  endDate: "闭幕日期",
  venue: "会场",
  title: "议程名称",
  kind: "议程类型",
  order: "议程顺序",
};
