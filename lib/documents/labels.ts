// Labels of the document register (收发文登记): directions, the archive's categories, and the modules a
// registered document may concern.
import type { DocumentDirection } from "@/lib/generated/prisma/enums";

export const DIRECTION_LABELS: Record<DocumentDirection, string> = { INCOMING: "收文", OUTGOING: "发文" };

/** 来文单位 for incoming, 主送单位 for outgoing. */
export const COUNTERPART_LABELS: Record<DocumentDirection, string> = { INCOMING: "来文单位", OUTGOING: "主送单位" };

/** 档案分类: the categories the office files its registered documents under (the archive's folders). */
export const DOCUMENT_CATEGORIES = ["会议", "监督", "代表工作", "建议", "信访", "培训", "宣传", "综合"] as const;
export type DocumentCategory = (typeof DOCUMENT_CATEGORIES)[number];

/** The modules a document may be linked to, and their names: the year plan's (OTHER has no record). */
export {
  LINKABLE_MODULES as LINK_MODULES,
  WORK_PLAN_MODULE_LABELS as LINK_MODULE_LABELS,
} from "@/lib/work-plans/public";
