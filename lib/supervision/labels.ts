// Chinese labels of supervision's values.
import type {
  RectificationState,
  SatisfactionRating,
  SupervisionAttendance,
  SupervisionDocumentKind,
  SupervisionKind,
  SupervisionState,
} from "@/lib/generated/prisma/enums";
import type { SupervisionTransition } from "@/lib/supervision/rules";

export const SUPERVISION_KIND_LABELS: Record<SupervisionKind, string> = {
  WORK_EVALUATION: "工作评议",
  DUTY_EVALUATION: "述职评议",
  CONDUCT_EVALUATION: "行风评议",
  LAW_INSPECTION: "执法检查",
  SITE_VISIT: "视察",
  RESEARCH: "调研",
  REPORT_HEARING: "专项工作报告审议",
  BUDGET_REVIEW: "预算审查",
  SUGGESTION_HANDLING_POLL: "建议办理满意度测评",
};

export const SUPERVISION_STATE_LABELS: Record<SupervisionState, string> = {
  DRAFT: "方案草稿",
  APPROVED: "方案已批准",
  UNDER_WAY: "进行中",
  CONCLUDED: "已结束",
};

export const SUPERVISION_TRANSITION_LABELS: Record<SupervisionTransition, string> = {
  approve: "批准方案",
  start: "开始活动",
  conclude: "结束活动",
};

export const SUPERVISION_ATTENDANCE_LABELS: Record<SupervisionAttendance, string> = {
  PRESENT: "参加",
  LEAVE: "请假",
  ABSENT: "缺席",
};

export const SUPERVISION_DOCUMENT_KIND_LABELS: Record<SupervisionDocumentKind, string> = {
  PLAN: "方案",
  REPORT: "报告",
  PHOTO: "照片",
  OTHER: "其他",
};

/** The three choices of a 民主测评 ballot. */
export const POLL_CHOICE_LABELS: Record<SatisfactionRating, string> = {
  SATISFIED: "满意",
  BASICALLY_SATISFIED: "基本满意",
  UNSATISFIED: "不满意",
};

export const RECTIFICATION_STATE_LABELS: Record<RectificationState, string> = {
  ASSIGNED: "待整改",
  REPORTED: "已报送整改报告",
  RETURNED: "已退回",
  ACCEPTED: "已验收",
};

/** The subject of the 15.5 poll, which has no target. */
export const SUGGESTION_HANDLING_SUBJECT = "代表建议办理工作";

/** The poll's round: 测评 or, after rectification, 再测评. */
export const pollRoundLabel = (round: number) => (round <= 1 ? "测评" : round === 2 ? "再测评" : `第${round}轮测评`);
