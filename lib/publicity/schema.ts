// Inputs of publicity items (宣传稿件), with Chinese messages naming the field: the same schema on form and server.
import { z } from "zod";
import { blankAs, PageQuery } from "@/lib/http/validation";
import { DayText, optionalText, requiredText, version } from "@/lib/http/fields";
import { CorrectionReason } from "@/lib/audit/correction-reason";
import { PUBLICITY_KINDS } from "@/lib/publicity/rules";

export const Year = z.coerce
  .number({ error: "年度：应为数字" })
  .int("年度：应为整数")
  .min(2000, "年度：不能早于 2000 年")
  .max(2100, "年度：不能晚于 2100 年")
  .describe("年度");

const Kind = z.enum(PUBLICITY_KINDS, { error: "计分类别：请选择" }).describe("计分类别");
const optionalDay = (label: string) => blankAs(null, DayText.nullish()).describe(label);

/** One article or report sent (代录 with the real day sent); its points come from the county's table. */
export const PublicityCreateInput = z
  .object({
    kind: Kind,
    title: requiredText("稿件标题", 300),
    outlet: requiredText("报送或刊发单位", 200),
    sentOn: DayText.describe("报送日期"),
    publishedOn: optionalDay("刊发日期"),
    author: optionalText("作者", 100),
  })
  .strict();
export type PublicityCreateInput = z.infer<typeof PublicityCreateInput>;

/** A correction (更正) with its reason; a changed kind is scored again by the table in force. */
export const PublicityCorrectInput = z
  .object({
    version,
    kind: Kind.optional(),
    title: requiredText("稿件标题", 300).optional(),
    outlet: requiredText("报送或刊发单位", 200).optional(),
    sentOn: DayText.optional().describe("报送日期"),
    publishedOn: optionalDay("刊发日期").optional(),
    author: optionalText("作者", 100).optional(),
    reason: CorrectionReason,
  })
  .strict();
export type PublicityCorrectInput = z.infer<typeof PublicityCorrectInput>;

export const PublicityDeleteInput = z.object({ version, reason: CorrectionReason }).strict();
export type PublicityDeleteInput = z.infer<typeof PublicityDeleteInput>;

export const PublicityListQuery = PageQuery.extend({ year: Year.optional() }).strict();
export type PublicityListQuery = z.infer<typeof PublicityListQuery>;
