// Corrections of a session's record (issue 13): each names what it corrects and why. The same
// schema checks the form and the server.
import { z } from "zod";
import { DayText, requiredText, uuid, version } from "@/lib/http/fields";
import { CorrectionReason } from "@/lib/audit/correction-reason";
import { AGENDA_KINDS } from "@/lib/sessions/schema";

const reason = CorrectionReason;

export const SessionCorrectionInput = z.discriminatedUnion(
  "target",
  [
    z
      .object({
        target: z.literal("session"),
        startDate: DayText.optional().describe("开幕日期"),
        endDate: DayText.optional().describe("闭幕日期"),
        venue: requiredText("会场", 200).optional(),
        reason,
        version,
      })
      .strict(),
    z
      .object({
        target: z.literal("agenda_item"),
        itemId: uuid("议程"),
        kind: z.enum(AGENDA_KINDS, { error: "请选择议程类型" }).optional().describe("议程类型"),
        title: requiredText("议程名称", 200).optional(),
        reason,
      })
      .strict(),
    z
      .object({
        target: z.literal("agenda_order"),
        itemIds: z.array(uuid("议程")).min(1, "请列出议程").max(100, "最多 100 项").describe("议程顺序"),
        reason,
      })
      .strict(),
    z.object({ target: z.literal("agenda_delete"), itemId: uuid("议程"), reason }).strict(),
  ],
  { error: "更正类型只能是 会议信息、议程、议程顺序 或 删除议程" },
);
export type SessionCorrectionInput = z.infer<typeof SessionCorrectionInput>;
