import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { fromDatabaseError, isUniqueViolation, sqlState } from "@/lib/db/errors";

/** A Prisma error as the pg adapter raises it (shapes copied from real ones). */
const known = (code: string, sqlstate?: string, message = "Invalid invocation") =>
  new Prisma.PrismaClientKnownRequestError(message, {
    code,
    clientVersion: "7",
    meta: sqlstate ? { driverAdapterError: { name: "DriverAdapterError", cause: { originalCode: sqlstate } } } : {},
  });

describe("fromDatabaseError: the one mapping of database refusals", () => {
  it.each([
    ["P2002 unique violation", known("P2002", "23505"), "CONFLICT", 409],
    ["raw 23505 through a raw query", known("P2010", "23505"), "CONFLICT", 409],
    ["serialization failure 40001", known("P2010", "40001"), "CONFLICT", 409],
    ["deadlock 40P01", known("P2010", "40P01"), "CONFLICT", 409],
    ["P2034 write conflict", known("P2034"), "CONFLICT", 409],
    ["P2025 stale version (update where id and version)", known("P2025"), "CONFLICT", 409],
    ["P2028 transaction could not start", known("P2028"), "UNAVAILABLE", 503],
    ["22021 NUL byte", known("P2039", "22021"), "VALIDATION", 400],
    ["22P05 NUL in JSON", known("P2039", "22P05"), "VALIDATION", 400],
  ])("%s → %s", (_what, err, code, status) => {
    const mapped = fromDatabaseError(err);
    expect(mapped?.code).toBe(code);
    expect(mapped?.status).toBe(status);
    expect(mapped?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it("reads the SQLSTATE from a raw query's message when the adapter gives none", () => {
    const err = known("P2010", undefined, "Raw query failed. Code: `40001`. Message: `could not serialize`");
    expect(sqlState(err)).toBe("40001");
    expect(fromDatabaseError(err)?.code).toBe("CONFLICT");
  });

  it("leaves everything else to the 500 path", () => {
    expect(fromDatabaseError(new Error("boom"))).toBeNull();
    expect(fromDatabaseError(known("P2010", "42703"))).toBeNull();
    expect(isUniqueViolation(known("P2003", "23503"))).toBe(false);
  });
});
