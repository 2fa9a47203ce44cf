// The reason every correction form asks for: client-safe (forms import it through their schemas), so it
// lives apart from lib/audit/corrections.ts, which reads and writes the database.
import { requiredText } from "@/lib/http/fields";

/** 更正原因: required, kept in the audit trail and shown in the record's 更正记录. */
export const CorrectionReason = requiredText("更正原因", 500, { empty: "请填写更正原因" });

/** `{ reason }` for a correction's input schema: `z.object({ …, ...withReason })`. */
export const withReason = { reason: CorrectionReason };
