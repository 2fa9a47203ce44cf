// Labels of the document register (收发文登记): directions, the archive's categories, and the modules a
// registered document may concern.
import type { DocumentDirection, WorkPlanModule } from "@/lib/generated/prisma/enums";

export const DIRECTION_LABELS: Record<DocumentDirection, string> = { INCOMING: "收文", OUTGOING: "发文" };

/** 来文单位 for incoming, 主送单位 for outgoing. */
export const COUNTERPART_LABELS: Record<DocumentDirection, string> = { INCOMING: "来文单位", OUTGOING: "主送单位" };

/** 档案分类: the categories the office files its registered documents under (the archive's folders). */
export const DOCUMENT_CATEGORIES = ["会议", "监督", "代表工作", "建议", "信访", "培训", "宣传", "综合"] as const;
export type DocumentCategory = (typeof DOCUMENT_CATEGORIES)[number];

/** The modules a document may be linked to (OTHER has no record to link). */
export const LINK_MODULE_LABELS: Partial<Record<WorkPlanModule, string>> = {
  SESSION: "人代会",
  PRESIDIUM_MEETING: "主席团会议",
  SUPERVISION: "监督活动",
  SUGGESTION: "代表建议",
  PETITION: "信访件",
  RECEPTION: "接待选民日",
  TRAINING: "代表培训",
  GROUP_ACTIVITY: "小组活动",
  DUTY: "履职登记",
  PUBLICITY: "宣传稿件",
};

export const LINK_MODULES = Object.keys(LINK_MODULE_LABELS) as WorkPlanModule[];
