import { z } from "zod";
import { PageQuery } from "@/lib/http/validation";
import { optionalText, patternText, requiredText, searchText, version } from "@/lib/http/fields";

const UnitKindEnum = z.enum(["GOVERNMENT_OFFICE", "STATION", "DEPARTMENT_BRANCH", "OTHER"], {
  error: "请选择单位类别",
});
const Phone = patternText("联系电话", /^[0-9+\- ]{5,20}$/, "格式不正确（5–20 位数字）");

export const UnitCreateInput = z
  .object({
    name: requiredText("单位名称", 100, { empty: "请输入单位名称" }),
    kind: UnitKindEnum.describe("单位类别"),
    contactName: optionalText("联系人", 50),
    contactPhone: Phone.nullish().or(z.literal("")).describe("联系电话"),
  })
  .strict();
export type UnitCreateInput = z.infer<typeof UnitCreateInput>;

export const UnitUpdateInput = UnitCreateInput.partial()
  .extend({
    active: z.boolean().optional().describe("启用状态"),
    version,
  })
  .strict();
export type UnitUpdateInput = z.infer<typeof UnitUpdateInput>;

export const UnitListQuery = PageQuery.extend({
  q: searchText("搜索", 50),
  active: z.enum(["true", "false"]).optional().describe("状态"),
});
export type UnitListQuery = z.infer<typeof UnitListQuery>;
