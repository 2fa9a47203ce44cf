import { z } from "zod";
import { DayText, PageQuery } from "@/lib/http/validation";

export const AuditListQuery = PageQuery.extend({
  action: z.string().trim().max(64).optional().describe("操作"),
  recordType: z.string().trim().max(64).optional().describe("记录类型"),
  username: z.string().trim().max(64).optional().describe("操作人"),
  from: DayText.optional().describe("开始日期"),
  to: DayText.optional().describe("结束日期"),
});
export type AuditListQuery = z.infer<typeof AuditListQuery>;
