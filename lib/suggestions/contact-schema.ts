// 联系代表: the form of a contact record (the same schema on the page and the server; no database here).
import { z } from "zod";
import { blankAs } from "@/lib/http/validation";
import { occurredOn, requiredText, uuid } from "@/lib/http/fields";

export const CONTACT_WAYS = ["PHONE", "VISIT", "MEETING", "OTHER"] as const;

export const ContactInput = z
  .object({
    /** 联系日期: not after today, not before the assignment (blank: today). */
    occurredOn: occurredOn("联系日期"),
    way: z.enum(CONTACT_WAYS, { error: "联系方式：请选择电话、走访、座谈或其他" }).describe("联系方式"),
    opinion: requiredText("代表意见", 2000),
    contactedBy: requiredText("联系人", 50),
    /** 代录: the unit the office keys the record in for (the lead unit when absent). */
    unitId: blankAs(null, uuid("联系单位", "请选择联系单位").nullish()).describe("联系单位"),
  })
  .strict();
export type ContactInput = z.infer<typeof ContactInput>;
