import { z } from "zod";
import { AppError } from "@/lib/http/errors";

z.config(z.locales.zhCN());

/** The Chinese label of a field: the `.describe()` text on the schema, else the key itself. */
function labelOf(schema: z.ZodType | undefined, path: PropertyKey[]): string {
  let current: unknown = schema;
  for (const key of path) {
    // A union (e.g. the transition payloads): the first option that has this field.
    const options = (current as { options?: { shape?: Record<string, z.ZodType> }[] } | undefined)?.options;
    const shape = options
      ? options.find((o) => o.shape && typeof key === "string" && key in o.shape)?.shape
      : (current as { shape?: Record<string, z.ZodType> } | undefined)?.shape;
    if (!shape || typeof key !== "string" || !(key in shape)) return path.join(".");
    current = shape[key];
  }
  return (current as z.ZodType | undefined)?.description ?? path.join(".");
}

/** Zod issues → `{ field: "字段：说明" }`, one message per field. */
export function zodFields(error: z.ZodError, schema?: z.ZodType): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) fields[[...issue.path, key].join(".")] = `不允许的字段：${key}`;
      continue;
    }
    const key = issue.path.length ? issue.path.join(".") : "_";
    if (fields[key]) continue;
    const label = issue.path.length ? labelOf(schema, issue.path) : "";
    fields[key] = label && label !== key ? `${label}：${issue.message}` : issue.message;
  }
  return fields;
}

export function validationError(error: z.ZodError, schema?: z.ZodType): AppError {
  const fields = zodFields(error, schema);
  return new AppError("VALIDATION", Object.values(fields)[0] ?? "输入有误", fields);
}

/** Parses or throws a 400 VALIDATION AppError with Chinese field messages. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(result.error, schema);
  return result.data;
}

/** A calendar day typed as 年-月-日 (e.g. 1980-05-01), checked to be a real date. */
export const DayText = z
  .string({ error: "请填写日期" })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "格式应为 年-月-日，如 1980-05-01")
  .refine(
    (t) => !Number.isNaN(Date.parse(`${t}T00:00:00Z`)) && new Date(`${t}T00:00:00Z`).toISOString().startsWith(t),
    "不是有效日期",
  );

/** Forms send "" for an untouched select or date; treat it as not given (null or undefined). */
export const blankAs = <T extends z.ZodType>(value: null | undefined, schema: T) =>
  z.preprocess((v) => (v === "" ? value : v), schema);

/** Page and page size for every list: `pageSize` ≤ 100. */
export const PageQuery = z.object({
  page: z.coerce.number().int().min(1, "页码至少为 1").default(1).describe("页码"),
  pageSize: z.coerce
    .number()
    .int()
    .min(1, "每页条数至少为 1")
    .max(100, "每页最多 100 条")
    .default(20)
    .describe("每页条数"),
});
export type PageQuery = z.infer<typeof PageQuery>;

/**
 * A list page and its total. When the page is not full it shows where the list ends, so the total
 * follows from it and the COUNT query is skipped (most filtered lists fit on one page).
 */
export async function pageWithTotal<T>(
  q: PageQuery,
  page: () => Promise<T[]>,
  count: () => Promise<number>,
): Promise<{ rows: T[]; total: number }> {
  const rows = await page();
  if (rows.length < q.pageSize && (rows.length > 0 || q.page === 1))
    return { rows, total: (q.page - 1) * q.pageSize + rows.length };
  return { rows, total: await count() };
}

export interface ListResult<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const skipTake = (q: PageQuery) => ({ skip: (q.page - 1) * q.pageSize, take: q.pageSize });
export const IdParams = z.object({ id: z.string().uuid("编号格式不正确").describe("编号") });

/** For pages: a malformed query string falls back to the defaults instead of an error page. */
export function parseSearchParams<S extends z.ZodType>(
  schema: S,
  input: Record<string, string | string[] | undefined>,
): z.infer<S> {
  const flat = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]));
  const result = schema.safeParse(flat);
  return result.success ? result.data : schema.parse({});
}
