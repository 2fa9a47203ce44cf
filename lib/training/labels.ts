// Chinese labels of training's values. Forms read their options from here (not from schema.ts).
import type {
  LeaveRequestState,
  TrainingAttendance,
  TrainingKind,
  TrainingPlanKind,
  TrainingPlanState,
} from "@/lib/generated/prisma/enums";

export const TRAINING_KINDS = ["INITIAL", "DUTY", "THEMATIC", "CENTRAL", "STUDY_TOUR", "SELF_STUDY"] as const;

export const TRAINING_KIND_LABELS: Record<TrainingKind, string> = {
  INITIAL: "初任学习",
  DUTY: "履职学习",
  THEMATIC: "专题学习",
  CENTRAL: "集中学习",
  STUDY_TOUR: "外出考察",
  SELF_STUDY: "自学",
};

export const PLAN_KINDS = ["YEAR", "TERM"] as const;

export const PLAN_KIND_LABELS: Record<TrainingPlanKind, string> = {
  YEAR: "年度培训计划",
  TERM: "五年培训规划",
};

export const PLAN_STATE_LABELS: Record<TrainingPlanState, string> = {
  DRAFT: "草稿",
  APPROVED: "已批准",
};

export const ATTENDANCE_VALUES = ["PRESENT", "LEAVE", "ABSENT"] as const;

export const ATTENDANCE_LABELS: Record<TrainingAttendance, string> = {
  PRESENT: "出席",
  LEAVE: "请假",
  ABSENT: "缺席",
};

export const LEAVE_STATE_LABELS: Record<LeaveRequestState, string> = {
  PENDING: "待审批",
  APPROVED: "已批准",
  REJECTED: "未批准",
};

/** 培训对象: the deputy levels a plan or a training can name (镇/县/市/州). */
export const AUDIENCE_LEVELS = ["TOWNSHIP", "COUNTY", "CITY", "PREFECTURE"] as const;
export const AUDIENCE_LEVEL_LABELS: Record<string, string> = {
  TOWNSHIP: "镇人大代表",
  COUNTY: "县人大代表",
  CITY: "市人大代表",
  PREFECTURE: "州人大代表",
};

export const QUARTER_LABELS = ["第一季度", "第二季度", "第三季度", "第四季度"] as const;
