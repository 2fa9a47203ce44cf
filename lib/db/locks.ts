/** The part of a (scoped) transaction client the locks need. */
interface RawTx {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

/** Parent records whose changes are serialized by a row lock. */
export type LockedTable = "CongressSession" | "Election" | "Suggestion" | "RectificationTask" | "SupervisionActivity";

/**
 * `SELECT … FOR UPDATE` on one row of the township, inside the caller's transaction: a second
 * request for the same record waits here until the first commits, then reads what it wrote (read
 * committed), so its checks see the new state and it is refused (409) instead of doing it twice.
 * Call it before loading the record (the load answers 404 when there is none); nothing of another
 * township is locked.
 */
export async function lockRow(tx: RawTx, table: LockedTable, id: string, townshipId: string): Promise<void> {
  await tx.$executeRawUnsafe(
    `SELECT 1 FROM "${table}" WHERE id = $1::uuid AND "townshipId" = $2::uuid FOR UPDATE`,
    id,
    townshipId,
  );
}

/**
 * A transaction-scoped advisory lock on a name (e.g. a township's numbering for a year): holders
 * of the same name take turns, and it is released at commit or rollback.
 */
export async function lockName(tx: RawTx, name: string): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, name);
}
