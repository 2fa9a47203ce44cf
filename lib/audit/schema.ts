import { z } from "zod";
import { PageQuery } from "@/lib/http/validation";
import { DayText, searchText } from "@/lib/http/fields";

export const AuditListQuery = PageQuery.extend({
  action: searchText("操作", 64),
  recordType: searchText("记录类型", 64),
  username: searchText("操作人", 64),
  from: DayText.optional().describe("开始日期"),
  to: DayText.optional().describe("结束日期"),
});
export type AuditListQuery = z.infer<typeof AuditListQuery>;
