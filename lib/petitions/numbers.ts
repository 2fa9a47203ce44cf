import { lockName } from "@/lib/db/locks";
import type { ScopedTx } from "@/lib/db/township-scope";

/** The registration number's prefix of a year: 信访2026-. */
export const numberPrefix = (year: number) => `信访${year}-`;

/**
 * The next registration number of a township's year of receipt (信访2026-001, 信访2026-002 …; four
 * digits past 999). Registrations of the same township and year take turns on an advisory lock held
 * until commit (as the suggestions' numbering), so the highest number read after the lock is the last
 * one committed: twenty at once get twenty consecutive numbers, none refused. The sequence is read as
 * a number, so 信访2026-1000 follows 信访2026-999.
 */
export async function nextPetitionNumber(tx: ScopedTx, townshipId: string, year: number): Promise<string> {
  await lockName(tx, `petition-number:${townshipId}:${year}`);
  const prefix = numberPrefix(year);
  const [row] = await tx.$queryRaw<{ seq: number | null }[]>`
    SELECT max(substring("number" from ${prefix.length + 1}::int)::int) AS seq
    FROM "Petition"
    WHERE "townshipId" = ${townshipId}::uuid AND "number" LIKE ${`${prefix}%`} AND substring("number" from ${prefix.length + 1}::int) ~ '^[0-9]+$'`;
  const seq = (row?.seq ?? 0) + 1;
  return `${prefix}${String(seq).padStart(3, "0")}`;
}
