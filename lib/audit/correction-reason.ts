// The reason a correction form asks for — its own module, free of the database, so client forms can
// import the schemas that use it (lib/audit/corrections.ts reads the database).
import { requiredText } from "@/lib/http/fields";

/** The reason every correction form asks for (kept in the audit trail and shown in the history). */
export const CorrectionReason = requiredText("更正原因", 500, { empty: "请填写更正原因" });

/** `{ reason }` for a correction's input schema: `Schema.extend(withReason)`. */
export const withReason = { reason: CorrectionReason };
