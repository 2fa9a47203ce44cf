import { z } from "zod";
import { PageQuery } from "@/lib/http/validation";
import { uuid } from "@/lib/http/fields";
import { ARCHIVE_CATEGORIES } from "@/lib/archive/categories";

export const Year = z.coerce
  .number({ error: "年度：应为数字" })
  .int("年度：应为整数")
  .min(2000, "年度：不能早于 2000 年")
  .max(2100, "年度：不能晚于 2100 年")
  .describe("年度");

const Category = z.enum(ARCHIVE_CATEGORIES, { error: "分类：不是有效的归档分类" }).describe("分类");

export const ArchiveQuery = PageQuery.extend({
  year: Year,
  category: Category.optional(),
  pageSize: PageQuery.shape.pageSize.default(50),
}).strict();
export type ArchiveQuery = z.infer<typeof ArchiveQuery>;

export const ArchiveZipQuery = z.object({ year: Year, category: Category.optional() }).strict();
export type ArchiveZipQuery = z.infer<typeof ArchiveZipQuery>;

export const ArchiveFileQuery = z.object({ category: Category, id: uuid("文件") }).strict();
export type ArchiveFileQuery = z.infer<typeof ArchiveFileQuery>;
