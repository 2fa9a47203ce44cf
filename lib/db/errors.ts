import { Prisma } from "@/lib/generated/prisma/client";

/**
 * A unique key refused a write — two people did the same thing at once (P2002 from the client,
 * or SQLSTATE 23505 surfacing through a raw query as P2010). Callers answer 409.
 */
export const isUniqueViolation = (err: unknown): boolean =>
  err instanceof Prisma.PrismaClientKnownRequestError &&
  (err.code === "P2002" ||
    (err.code === "P2010" && /23505|unique/i.test(JSON.stringify(err.meta ?? {}) + err.message)));
