import { z } from "zod";
import { PageQuery } from "@/lib/http/validation";

const DateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式应为 年-月-日");

export const AuditListQuery = PageQuery.extend({
  action: z.string().trim().max(64).optional().describe("操作"),
  recordType: z.string().trim().max(64).optional().describe("记录类型"),
  username: z.string().trim().max(64).optional().describe("操作人"),
  from: DateText.optional().describe("开始日期"),
  to: DateText.optional().describe("结束日期"),
});
export type AuditListQuery = z.infer<typeof AuditListQuery>;
