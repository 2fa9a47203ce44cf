// 会次 (第一次会议, 第二次会议 …) follows date order within the term: a session keyed in later for an
// earlier date takes its place and the later ones move up. The stored `number` is derived here, in
// the transaction of every write that adds a session or moves its dates — never set by hand.
import { lockName } from "@/lib/db/locks";
import type { ScopedTx } from "@/lib/db/township-scope";

/** Serializes the writes that number a term's sessions (create, date changes). Call first in the transaction. */
export async function lockTermNumbering(tx: ScopedTx, termId: string): Promise<void> {
  await lockName(tx, `congress-session-numbers:${termId}`);
}

/**
 * Renumbers the term's sessions by start date (then entry order). Raw SQL, so the township is named
 * in the WHERE; two statements because (termId, number) is unique at every row.
 */
export async function renumberSessions(tx: ScopedTx, townshipId: string, termId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE "CongressSession" SET "number" = -"number"
    WHERE "townshipId" = ${townshipId}::uuid AND "termId" = ${termId}::uuid AND "number" > 0`;
  await tx.$executeRaw`
    UPDATE "CongressSession" s SET "number" = o."rn"
    FROM (SELECT "id", row_number() OVER (ORDER BY "startDate", "createdAt", "id") AS "rn"
          FROM "CongressSession" WHERE "townshipId" = ${townshipId}::uuid AND "termId" = ${termId}::uuid) o
    WHERE s."id" = o."id"`;
}
