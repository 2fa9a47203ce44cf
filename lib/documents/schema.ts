// Inputs and list queries of the document register (收发文登记), with Chinese messages naming the field: the
// same schema on the form and the server.
import { z } from "zod";
import { blankAs, PageQuery } from "@/lib/http/validation";
import { DayText, optionalText, requiredText, searchText, uuid, version } from "@/lib/http/fields";
import { CorrectionReason } from "@/lib/audit/correction-reason";
import type { WorkPlanModule } from "@/lib/generated/prisma/enums";
import { DOCUMENT_CATEGORIES, LINK_MODULES } from "@/lib/documents/labels";

export const Direction = z.enum(["INCOMING", "OUTGOING"], { error: "收发类别：应为收文或发文" }).describe("收发类别");

export const Category = z
  .enum(DOCUMENT_CATEGORIES, { error: `档案分类：应为 ${DOCUMENT_CATEGORIES.join("、")} 之一` })
  .describe("档案分类");

export const Year = z.coerce
  .number({ error: "年度：应为数字" })
  .int("年度：应为整数")
  .min(2000, "年度：不能早于 2000 年")
  .max(2100, "年度：不能晚于 2100 年")
  .describe("年度");

const optionalDay = (label: string) => blankAs(null, DayText.nullish()).describe(label);

export const LinkInput = z
  .object({
    module: z
      .enum(LINK_MODULES as [WorkPlanModule, ...WorkPlanModule[]], { error: "关联记录类别：请选择" })
      .describe("关联记录类别"),
    recordId: uuid("关联记录", "请选择关联记录"),
  })
  .strict();
export type LinkInput = z.infer<typeof LinkInput>;

/** One entry keyed from the paper register or as it arrives: the real day received or sent. */
export const DocumentCreateInput = z
  .object({
    direction: Direction,
    date: DayText.describe("收发日期"),
    docNumber: optionalText("文号", 100),
    counterpart: requiredText("来文或主送单位", 200),
    title: requiredText("文件标题", 300),
    category: Category,
    handling: optionalText("办理情况", 1000),
    handledOn: optionalDay("办结日期"),
    links: z.array(LinkInput).max(20, "关联记录：最多 20 条").optional().describe("关联记录"),
  })
  .strict();
export type DocumentCreateInput = z.infer<typeof DocumentCreateInput>;

/**
 * A change: the registered facts (文号, date, counterpart, title, category) are corrected with a reason (更正,
 * kept in the entry's history); the handling is recorded as it progresses. The date stays in the entry's year
 * (the serial belongs to it).
 */
export const DocumentUpdateInput = z
  .object({
    version,
    date: DayText.optional().describe("收发日期"),
    docNumber: optionalText("文号", 100).optional(),
    counterpart: requiredText("来文或主送单位", 200).optional(),
    title: requiredText("文件标题", 300).optional(),
    category: Category.optional(),
    handling: optionalText("办理情况", 1000).optional(),
    handledOn: optionalDay("办结日期").optional(),
    reason: blankAs(undefined, CorrectionReason.optional()),
  })
  .strict();
export type DocumentUpdateInput = z.infer<typeof DocumentUpdateInput>;

export const DocumentListQuery = PageQuery.extend({
  year: Year.optional(),
  direction: Direction.optional(),
  category: Category.optional(),
  q: searchText("关键词", 100),
}).strict();
export type DocumentListQuery = z.infer<typeof DocumentListQuery>;

export const DocumentExportQuery = z.object({ year: Year, direction: Direction.optional() }).strict();
export type DocumentExportQuery = z.infer<typeof DocumentExportQuery>;

export const RecordPickQuery = z
  .object({
    module: LinkInput.shape.module,
    year: Year,
  })
  .strict();
export type RecordPickQuery = z.infer<typeof RecordPickQuery>;
