// Chinese labels of the sessions' values.
import type {
  AgendaKind,
  AttendanceStatus,
  ElectionContext,
  ElectionPost,
  ElectionRoundKind,
  ExtraordinaryCall,
  Nomination,
  PresidiumTopicKind,
  SessionKind,
  SessionStatus,
  VoteChoice,
  VoteMode,
} from "@/lib/generated/prisma/enums";
import type { RecordState } from "@/lib/sessions/rules";

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

export const VOTE_MODE_LABELS: Record<VoteMode, string> = {
  SHOW_OF_HANDS: "举手表决",
  SECRET_BALLOT: "无记名投票",
  DEVICE: "按表决器",
};

export const EXTRAORDINARY_CALL_LABELS: Record<ExtraordinaryCall, string> = {
  PRESIDIUM: "主席团认为必要",
  DEPUTIES: "五分之一以上代表提议",
};

export const ELECTION_CONTEXT_LABELS: Record<ElectionContext, string> = { GENERAL: "换届选举", BY_ELECTION: "补选" };

export const ELECTION_POST_LABELS: Record<ElectionPost, string> = {
  PRINCIPAL: "正职（主席、乡镇长）",
  VICE: "副职（副主席、副乡镇长）",
  OTHER: "其他",
};

export const ROUND_KIND_LABELS: Record<ElectionRoundKind, string> = {
  FIRST: "第一次投票",
  REVOTE: "重新投票",
  RUNOFF: "再次投票",
  FURTHER: "另行选举",
};

/** A vote or a round: current, replaced by a correction, or withdrawn. */
export const RECORD_STATE_LABELS: Record<RecordState, string> = {
  CURRENT: "有效",
  CORRECTED: "已更正",
  REVOKED: "已作废",
};

export const VOTE_CHOICE_LABELS: Record<VoteChoice, string> = { FOR: "赞成", AGAINST: "反对", ABSTAIN: "弃权" };

export const NOMINATION_LABELS: Record<Nomination, string> = { PRESIDIUM: "主席团提名", DEPUTIES: "代表联名" };

/** What a correction of a session's record did (read from its audit row, lib/sessions/corrections.ts). */
export type SessionCorrectionKind = "SESSION" | "AGENDA_EDIT" | "AGENDA_ORDER" | "AGENDA_DELETE";

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

/** 主席团会议 topics: a report heard, or a matter studied. */
export const PRESIDIUM_TOPIC_KIND_LABELS: Record<PresidiumTopicKind, string> = {
  REPORT: "听取报告",
  MATTER: "研究事项",
};

/** A presidium member at a meeting: 出席 / 请假 / 缺席 (lib/sessions/meeting-schema.ts). */
export const MEETING_ATTENDANCE = ["PRESENT", "LEAVE", "ABSENT"] as const;
export const TOPIC_KINDS = ["REPORT", "MATTER"] as const;
