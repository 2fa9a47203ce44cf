import { AppError } from "@/lib/http/errors";

export const DATABASE_UNAVAILABLE_MESSAGE = "系统暂时无法连接数据库，请稍后再试";

/** Prisma's codes for "cannot reach / timed out / connection closed / pool exhausted". */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** The driver adapter's kinds for the same (lib/db.ts uses @prisma/adapter-pg). */
const ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TlsConnectionError",
]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH"]);
/** SQLSTATE classes 08 (connection exception) and 57P0x (server shutting down / starting up). */
const SQLSTATE = /^(08[0-9A-Z]{3}|57P0[1-3]|53300)$/;
const PG_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|Can't reach database server/i;

interface ErrorLike {
  name?: unknown;
  code?: unknown;
  kind?: unknown;
  message?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown; code?: unknown } } };
  cause?: unknown;
}

function matches(e: ErrorLike): boolean {
  if (e.name === "PrismaClientInitializationError") return true;
  if (typeof e.code === "string" && (PRISMA_CODES.has(e.code) || SOCKET_CODES.has(e.code) || SQLSTATE.test(e.code)))
    return true;
  if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
  const cause = e.meta?.driverAdapterError?.cause;
  if (cause && typeof cause.kind === "string") {
    if (ADAPTER_KINDS.has(cause.kind)) return true;
    if (cause.kind === "postgres" && typeof cause.code === "string" && SQLSTATE.test(cause.code)) return true;
  }
  return typeof e.message === "string" && PG_MESSAGES.test(e.message);
}

/**
 * Whether an error means "the database cannot be reached right now" (refused, closed, timed out,
 * shutting down, pool exhausted) rather than a fault in the request or the code. Follows `cause`.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e = err, depth = 0; e && typeof e === "object" && depth < 5; e = (e as ErrorLike).cause, depth++) {
    if (matches(e as ErrorLike)) return true;
  }
  return false;
}

/** The answer while the database is down: 503 with a message that says so (not 401, not 500). */
export const databaseUnavailable = () => new AppError("UNAVAILABLE", DATABASE_UNAVAILABLE_MESSAGE);
