import { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/http/errors";

/**
 * The SQLSTATE behind a Prisma error: the driver adapter's original code (model queries and raw
 * queries alike), else the code quoted in a raw query's message.
 */
export function sqlState(err: unknown): string | undefined {
  if (!(err instanceof Prisma.PrismaClientKnownRequestError)) return undefined;
  const cause = (
    err.meta as { driverAdapterError?: { cause?: { originalCode?: unknown; code?: unknown } } } | undefined
  )?.driverAdapterError?.cause;
  const code = cause?.originalCode ?? cause?.code;
  if (typeof code === "string") return code;
  return /Code: `([0-9A-Z]{5})`/.exec(err.message)?.[1];
}

const prismaCode = (err: unknown) => (err instanceof Prisma.PrismaClientKnownRequestError ? err.code : undefined);

/**
 * A unique key refused a write — two people did the same thing at once (P2002 from the client,
 * or SQLSTATE 23505 surfacing through a raw query as P2010).
 */
export const isUniqueViolation = (err: unknown): boolean => prismaCode(err) === "P2002" || sqlState(err) === "23505";

/** PostgreSQL gave up on one of two transactions that collided: serialization failure or deadlock. */
export const isWriteConflict = (err: unknown): boolean =>
  prismaCode(err) === "P2034" || sqlState(err) === "40001" || sqlState(err) === "40P01";

export const CONFLICT_MESSAGES = {
  duplicate: "已有相同的记录（可能是他人刚刚提交了相同的内容），请刷新后查看",
  collided: "有人正在同时修改同一记录，本次操作未保存，请刷新后重试",
  stale: "记录已被他人修改或删除，请刷新后重试",
  busy: "系统繁忙，本次操作未保存，请稍后重试",
  badData: "输入含有无法保存的内容（如空字符或超出范围的日期），请检查后重试",
} as const;

/**
 * The one place where database errors become answers: the losers of a race get 409 with a Chinese
 * message, never 500. Unique violations (P2002 / 23505), serialization failures (40001), deadlocks
 * (40P01) and writes guarded by a version that no longer matches (P2025 from `update where
 * { id, version }`) → 409 CONFLICT; a transaction that could not start in time (P2028) → 503;
 * a value PostgreSQL refuses (SQLSTATE class 22, e.g. a NUL byte) → 400, the validation's last line
 * of defence. Anything else is not the caller's doing: null, and the route answers 500.
 */
export function fromDatabaseError(err: unknown): AppError | null {
  if (isUniqueViolation(err)) return new AppError("CONFLICT", CONFLICT_MESSAGES.duplicate);
  if (isWriteConflict(err)) return new AppError("CONFLICT", CONFLICT_MESSAGES.collided);
  const code = prismaCode(err);
  if (code === "P2025") return new AppError("CONFLICT", CONFLICT_MESSAGES.stale);
  if (code === "P2028") return new AppError("UNAVAILABLE", CONFLICT_MESSAGES.busy);
  if (sqlState(err)?.startsWith("22")) return new AppError("VALIDATION", CONFLICT_MESSAGES.badData);
  return null;
}
