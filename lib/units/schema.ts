import { z } from "zod";
import { PageQuery } from "@/lib/http/validation";

const UnitKindEnum = z.enum(["GOVERNMENT_OFFICE", "STATION", "DEPARTMENT_BRANCH", "OTHER"], {
  error: "请选择单位类别",
});
const Phone = z
  .string()
  .trim()
  .regex(/^[0-9+\- ]{5,20}$/, "格式不正确（5–20 位数字）");

export const UnitCreateInput = z
  .object({
    name: z
      .string({ error: "请输入单位名称" })
      .trim()
      .min(1, "请输入单位名称")
      .max(100, "最多 100 个字符")
      .describe("单位名称"),
    kind: UnitKindEnum.describe("单位类别"),
    contactName: z.string().trim().max(50, "最多 50 个字符").nullish().describe("联系人"),
    contactPhone: Phone.nullish().or(z.literal("")).describe("联系电话"),
  })
  .strict();
export type UnitCreateInput = z.infer<typeof UnitCreateInput>;

export const UnitUpdateInput = UnitCreateInput.partial()
  .extend({
    active: z.boolean().optional().describe("启用状态"),
    version: z.number({ error: "缺少版本号" }).int().min(1).describe("版本号"),
  })
  .strict();
export type UnitUpdateInput = z.infer<typeof UnitUpdateInput>;

export const UnitListQuery = PageQuery.extend({
  q: z.string().trim().max(50, "最多 50 个字符").optional().describe("搜索"),
  active: z.enum(["true", "false"]).optional().describe("状态"),
});
export type UnitListQuery = z.infer<typeof UnitListQuery>;
