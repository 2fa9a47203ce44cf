import { z } from "zod";
import { AppError } from "@/lib/http/errors";
import { uuid } from "@/lib/http/fields";

z.config(z.locales.zhCN());

type Node = {
  description?: string;
  shape?: Record<string, Node>;
  options?: Node[];
  element?: Node;
  _zod?: { def?: { innerType?: Node; in?: Node; valueType?: Node; discriminator?: string; values?: unknown[] } };
};

/** The option of a union that has `key`: for a discriminated union, the one the input chose (its `action` …). */
function optionWith(node: Node, key: string, input: unknown): Node | undefined {
  const disc = node._zod?.def?.discriminator;
  const chosen = disc && input && typeof input === "object" ? (input as Record<string, unknown>)[disc] : undefined;
  const has = (o: Node) => key in (unwrap(o)?.shape ?? {});
  const picked =
    chosen === undefined
      ? undefined
      : node.options?.find((o) => has(o) && !!unwrap(o)?.shape?.[disc!]?._zod?.def?.values?.includes(chosen));
  return picked ?? node.options?.find(has);
}

/** Through optional, nullable, default, pipe and preprocess wrappers to the schema that has the shape. */
function unwrap(node: Node | undefined): Node | undefined {
  let current = node;
  for (let i = 0; i < 10 && current && !current.shape && !current.options && !current.element; i++) {
    const def = current._zod?.def;
    current = def?.innerType ?? def?.in;
  }
  return current;
}

/**
 * The Chinese label of a field: the `.describe()` text on the schema, else the key itself. Walks
 * objects, unions (the option the input chose, else the first that has the field), arrays
 * (`entries.3.note`) and records.
 */
function labelOf(
  schema: z.ZodType | undefined,
  path: PropertyKey[],
  input?: unknown,
): { label: string; inherited: boolean } {
  let current: Node | undefined = schema as Node | undefined;
  let value = input;
  let label: string | undefined;
  let inherited = false;
  for (const key of path) {
    const node = unwrap(current);
    if (typeof key === "number" && node?.element) {
      current = node.element;
      inherited = true;
      continue;
    }
    const shape = node?.options
      ? typeof key === "string"
        ? unwrap(optionWith(node, key, value))?.shape
        : undefined
      : (node?.shape ?? (node?._zod?.def?.valueType ? { [String(key)]: node._zod.def.valueType } : undefined));
    if (!shape || typeof key !== "string" || !(key in shape))
      return { label: label ?? path.join("."), inherited: true };
    current = shape[key];
    value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
    const own = current.description ?? unwrap(current)?.description;
    inherited = !own;
    label = own ?? label;
  }
  return { label: label ?? path.join("."), inherited };
}

/** Zod issues → `{ field: "字段：说明" }`, one message per field. */
export function zodFields(error: z.ZodError, schema?: z.ZodType, input?: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) fields[[...issue.path, key].join(".")] = `不允许的字段：${key}`;
      continue;
    }
    const key = issue.path.length ? issue.path.join(".") : "_";
    if (fields[key]) continue;
    const { label, inherited } = issue.path.length
      ? labelOf(schema, issue.path, input)
      : { label: "", inherited: false };
    // A label borrowed from the list around the field is left out when the message already says it.
    const named = label && label !== key && !(inherited && issue.message.startsWith(label));
    fields[key] = named ? `${label}：${issue.message}` : issue.message;
  }
  return fields;
}

export function validationError(error: z.ZodError, schema?: z.ZodType, input?: unknown): AppError {
  const fields = zodFields(error, schema, input);
  return new AppError("VALIDATION", Object.values(fields)[0] ?? "输入有误", fields);
}

/** Parses or throws a 400 VALIDATION AppError with Chinese field messages. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(result.error, schema, input);
  return result.data;
}

/** Forms send "" for an untouched select or date; treat it as not given (null or undefined). */
export const blankAs = <T extends z.ZodType>(value: null | undefined, schema: T) =>
  z.preprocess((v) => (v === "" ? value : v), schema);

/** Page and page size for every list: `pageSize` ≤ 100. */
export const PageQuery = z.object({
  page: z.coerce.number().int().min(1, "页码至少为 1").max(100_000, "页码过大").default(1).describe("页码"),
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
 * follows from it and the COUNT query is skipped (most filtered lists fit on one page). With `parallel`
 * — for a list usually longer than a page — the count runs beside the page on a second connection: the
 * request waits for one round trip instead of two, and a short page discards the count.
 */
export async function pageWithTotal<T>(
  q: PageQuery,
  page: () => Promise<T[]>,
  count: () => Promise<number>,
  opts: { parallel?: boolean } = {},
): Promise<{ rows: T[]; total: number }> {
  const counted = opts.parallel ? count() : null;
  // A discarded count's failure must not go unhandled; a needed one still throws below.
  counted?.catch(() => {});
  const rows = await page();
  if (rows.length < q.pageSize && (rows.length > 0 || q.page === 1))
    return { rows, total: (q.page - 1) * q.pageSize + rows.length };
  return { rows, total: await (counted ?? count()) };
}

export interface ListResult<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const skipTake = (q: PageQuery) => ({ skip: (q.page - 1) * q.pageSize, take: q.pageSize });
export const IdParams = z.object({ id: uuid("编号") });

/** For pages: a malformed query string falls back to the defaults instead of an error page. */
export function parseSearchParams<S extends z.ZodType>(
  schema: S,
  input: Record<string, string | string[] | undefined>,
): z.infer<S> {
  const flat = Object.fromEntries(Object.entries(input).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]));
  const result = schema.safeParse(flat);
  return result.success ? result.data : schema.parse({});
}
