import { lockName } from "@/lib/db/locks";
import type { ScopedTx } from "@/lib/db/township-scope";

/**
 * The next registration number of a township's year (2026-001, 2026-002 …). Registrations of the
 * same township and year take turns on an advisory lock held until commit, so the highest number
 * read after the lock is the last one committed: twenty at once get twenty consecutive numbers,
 * none refused. Other townships and years do not wait.
 */
export async function nextSuggestionSeq(tx: ScopedTx, townshipId: string, year: number): Promise<number> {
  await lockName(tx, `suggestion-number:${townshipId}:${year}`);
  const last = await tx.suggestion.aggregate({ where: { year }, _max: { seq: true } });
  return (last._max.seq ?? 0) + 1;
}
