// The primitives every schema builds its text, day and number fields from (tests/integration/
// hostile-input and lib/http/fields.test.ts check that no schema goes around them). Each refuses
// what PostgreSQL cannot store — a NUL byte, a lone UTF-16 surrogate, a day outside its range —
// with a 400 whose Chinese message zodFields prefixes with the field's label.
import { z } from "zod";
import { formatDay, todayInChina } from "@/lib/time/day";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Text PostgreSQL can store: no NUL byte (22021, 22P05 in JSON) and no lone surrogate (22P02 in JSON). */
export const isStorableText = (s: string): boolean => !s.includes("\u0000") && !LONE_SURROGATE.test(s);
export const UNSTORABLE_TEXT = "含有无法保存的字符（空字符或残缺的 Unicode 字符）";

interface TextOptions {
  /** The message when it is missing or blank; default 请填写<label>. */
  empty?: string;
  /** Keep leading and trailing spaces (long texts such as minutes); default trimmed. */
  keepSpaces?: boolean;
  /** A message for the length limit; default 最多 <max> 个字符. */
  tooLong?: string;
}

/** Any string checked for storable characters and its length: the base of the others. */
function storable(max: number, opts: TextOptions & { label: string }) {
  const base = z.string({ error: opts.empty ?? `请填写${opts.label}` });
  return (opts.keepSpaces ? base : base.trim())
    .refine(isStorableText, UNSTORABLE_TEXT)
    .max(max, opts.tooLong ?? `最多 ${max} 个字符`);
}

/** Required text: trimmed, at least one character, at most `max`. */
export const requiredText = (label: string, max: number, opts: TextOptions = {}) =>
  storable(max, { ...opts, label })
    .min(1, opts.empty ?? `请填写${label}`)
    .describe(label);

/** Optional text: trimmed; "", null or absent are stored as null. */
export const optionalText = (label: string, max: number, opts: TextOptions = {}) =>
  storable(max, { ...opts, label })
    .nullish()
    .transform((v) => v || null)
    .describe(label);

/** Text that may be empty but not absent as such: trimmed, 0..max, kept as given ("" stays ""). */
export const plainText = (label: string, max: number, opts: TextOptions = {}) =>
  storable(max, { ...opts, label }).describe(label);

/** A search box or filter in a query string (`q=…`): trimmed, optional. */
export const searchText = (label: string, max: number) => storable(max, { label }).optional().describe(label);

/** A password or other secret: never trimmed, never stored as typed, still free of NUL and lone surrogates. */
export const secretText = (label: string, max: number, empty: string) =>
  z
    .string({ error: empty })
    .refine(isStorableText, UNSTORABLE_TEXT)
    .min(1, empty)
    .max(max, `最多 ${max} 个字符`)
    .describe(label);

/** A record's id (UUID); `message` when it is missing or malformed. */
export const uuid = (label: string, message = "编号格式不正确") =>
  z.string({ error: message }).uuid(message).describe(label);

/**
 * A pattern-checked code (telephone, username, ID number): trimmed, then `before` (e.g. lower case
 * and length), then the pattern, which must admit neither NUL nor surrogates.
 */
export const patternText = (
  label: string,
  pattern: RegExp,
  message: string,
  opts: { empty?: string; before?: (s: z.ZodString) => z.ZodString } = {},
) =>
  (opts.before ?? ((s) => s))(z.string({ error: opts.empty ?? message }).trim())
    .regex(pattern, message)
    .describe(label);

// ── Days ────────────────────────────────────────────────────────────────────

/** The office's range of days: PostgreSQL stores far more, but nothing here is before 1900 or after 2100. */
export const MIN_DAY = "1900-01-01";
export const MAX_DAY = "2100-12-31";

const isRealDay = (t: string) =>
  !Number.isNaN(Date.parse(`${t}T00:00:00Z`)) && new Date(`${t}T00:00:00Z`).toISOString().startsWith(t);

/** A calendar day typed as 年-月-日 (e.g. 1980-05-01): a real date between 1900 and 2100. */
export const DayText = z
  .string({ error: "请填写日期" })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "格式应为 年-月-日，如 1980-05-01")
  .refine(isRealDay, "不是有效日期")
  .refine((t) => !isRealDay(t) || (t >= MIN_DAY && t <= MAX_DAY), `日期应在 ${MIN_DAY} 至 ${MAX_DAY} 之间`);

/**
 * The day something really happened (代录 and back-entry: a paper reply's date, a rating form's date,
 * an assignment keyed later): a day as above, not after today in China. Optional — absent means
 * today. The check against the step before needs the record: `occurredDay` in lib/records/on-behalf.ts.
 */
export const occurredOn = (label: string) =>
  z
    .preprocess(
      (v) => (v === "" ? null : v),
      DayText.superRefine((t, ctx) => {
        const today = formatDay(todayInChina());
        if (t > today) ctx.addIssue({ code: "custom", message: `不能晚于今天（${today}）` });
      }).nullish(),
    )
    .describe(label);

// ── Numbers ─────────────────────────────────────────────────────────────────

/** PostgreSQL's `integer`: a larger number would fail at the database (500), so it is refused here. */
export const INT4_MAX = 2_147_483_647;

/** A record's version for the optimistic lock. */
export const version = z.number({ error: "缺少版本号" }).int().min(1).max(INT4_MAX, "版本号过大").describe("版本号");
