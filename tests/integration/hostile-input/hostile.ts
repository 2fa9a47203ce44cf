// What an attacker types: NUL bytes, lone surrogates, 100,000 characters, RTL and zero-width marks,
// impossible days, extreme numbers, and values of the wrong type.
import fc from "fast-check";
import { db } from "@/lib/db";

export const hostileText = fc.oneof(
  fc.constantFrom(
    "a\u0000b",
    "\u0000",
    "x\uD800",
    "\uDFFFy",
    "末尾\uD83D",
    "长".repeat(100_000),
    "\u202E\u05D0\u05D1\u05D2 RTL",
    "零\u200B\u200C\u200D宽\uFEFF",
    '\'; DROP TABLE "User"; --',
    "%00",
  ),
  fc.string({ unit: "binary", maxLength: 12 }),
);
export const hostileDay = fc.constantFrom(
  "0000-01-01",
  "9999-12-31",
  "2026-02-30",
  "+275760-09-13",
  "1899-12-31",
  "2026-1-1",
  "-0001-01-01",
);
export const extremeNumber = fc.constantFrom(1e308, -1e308, 2 ** 31, 2 ** 53 + 2, -1, 0.5, -0, 1e-320);
export const wrongType = fc.constantFrom(null, true, [], {}, "1", { $gt: "" });
export const hostile = fc.oneof(hostileText, hostileDay, extremeNumber, wrongType);

/** Run counts are modest: CI runs everything in 90 minutes. HOSTILE_RUNS raises them locally. */
export const RUNS = Number(process.env.HOSTILE_RUNS ?? 8);

let tables: string[] | null = null;

/**
 * A fingerprint of every row of every table (sign-in bookkeeping left out: a request touches its
 * session's last-seen time), to show a refused request wrote nothing.
 */
export async function fingerprint(): Promise<Record<string, string>> {
  tables ??= (
    await db.$queryRaw<{ tablename: string }[]>`
      SELECT tablename FROM pg_tables WHERE schemaname = 'public'
        AND tablename NOT IN ('_prisma_migrations', 'UserSession', 'LoginAttempt') ORDER BY tablename`
  ).map((r) => r.tablename);
  const select = tables
    .map((t) => `(SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM "${t}" x) AS "${t}"`)
    .join(", ");
  const [row] = await db.$queryRawUnsafe<Record<string, string>[]>(`SELECT ${select}`);
  return row;
}

type Path = (string | number)[];

/** Every leaf of a JSON value (strings, numbers, booleans, null, and empty arrays) with its path. */
export function leaves(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.length ? value.flatMap((v, i) => leaves(v, [...path, i])) : [path];
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [path];
}

/** A copy of `value` with the leaf at `path` replaced. */
export function replaced<T>(value: T, path: Path, next: unknown): T {
  if (!path.length) return next as T;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[path[0]] = replaced(copy[path[0]], path.slice(1), next);
  return copy as T;
}
