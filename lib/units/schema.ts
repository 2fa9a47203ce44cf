import { z } from "zod";
import { PageQuery } from "@/lib/http/validation";
import { optionalText, patternText, requiredText, searchText, version } from "@/lib/http/fields";
import { withReason } from "@/lib/audit/corrections";

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

/** Name, kind and 启用/停用. The contact person and phone change only by a correction (with its reason). */
export const UnitUpdateInput = UnitCreateInput.omit({ contactName: true, contactPhone: true })
  .partial()
  .extend({
    active: z.boolean().optional().describe("启用状态"),
    version,
  })
  .strict();
export type UnitUpdateInput = z.infer<typeof UnitUpdateInput>;

/** 更正 a unit's contact person and phone: the new values and why; the history keeps the old ones. */
export const UnitCorrectionInput = UnitCreateInput.pick({ contactName: true, contactPhone: true })
  .extend({ version, ...withReason })
  .strict();
export type UnitCorrectionInput = z.infer<typeof UnitCorrectionInput>;

export const UnitListQuery = PageQuery.extend({
  q: searchText("搜索", 50),
  active: z.enum(["true", "false"]).optional().describe("状态"),
});
export type UnitListQuery = z.infer<typeof UnitListQuery>;
