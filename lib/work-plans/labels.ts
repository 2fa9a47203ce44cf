// Chinese labels of the year plan's values (工作要点). Forms read their options from here (not from schema.ts).
import type { WorkPlanItemStatus, WorkPlanModule, WorkPlanState } from "@/lib/generated/prisma/enums";

export const WORK_PLAN_MODULES = [
  "SESSION",
  "PRESIDIUM_MEETING",
  "SUPERVISION",
  "SUGGESTION",
  "PETITION",
  "RECEPTION",
  "TRAINING",
  "GROUP_ACTIVITY",
  "DUTY",
  "PUBLICITY",
  "OTHER",
] as const satisfies readonly WorkPlanModule[];

export const WORK_PLAN_MODULE_LABELS: Record<WorkPlanModule, string> = {
  SESSION: "人代会",
  PRESIDIUM_MEETING: "主席团会议",
  SUPERVISION: "监督活动",
  SUGGESTION: "代表建议",
  PETITION: "信访",
  RECEPTION: "接待选民日",
  TRAINING: "代表培训",
  GROUP_ACTIVITY: "代表小组活动",
  DUTY: "代表履职",
  PUBLICITY: "宣传",
  OTHER: "其他",
};

/** Modules whose records can be linked to an item (OTHER has none: the office sets its status). */
export const LINKABLE_MODULES = WORK_PLAN_MODULES.filter((m) => m !== "OTHER");

export const WORK_PLAN_ITEM_STATUSES = ["PLANNED", "IN_PROGRESS", "DONE", "DROPPED"] as const;

export const ITEM_STATUS_LABELS: Record<WorkPlanItemStatus, string> = {
  PLANNED: "未开始",
  IN_PROGRESS: "进行中",
  DONE: "已完成",
  DROPPED: "已取消",
};

export const WORK_PLAN_STATE_LABELS: Record<WorkPlanState, string> = {
  DRAFT: "草稿",
  APPROVED: "党委已审定",
};

export const monthLabel = (month: number | null) => (month ? `${month}月` : "全年");
