// The reason every correction (更正) asks for — in its own module so that the forms' schemas, which
// the browser loads, can use it without pulling in the database (lib/audit/corrections.ts does).
import { requiredText } from "@/lib/http/fields";

/** The reason every correction form asks for (kept in the audit trail and shown in the history). */
export const CorrectionReason = requiredText("更正原因", 500, { empty: "请填写更正原因" });

/** `{ reason }` for a correction's input schema: `Schema.extend(withReason)`. */
export const withReason = { reason: CorrectionReason };
