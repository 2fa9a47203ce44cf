/** The part of a (scoped) transaction client the locks need. */
interface RawTx {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

/** Parent records whose changes are serialized by a row lock. */
export type LockedTable =
  | "CongressSession"
  | "Election"
  | "Suggestion"
  | "RectificationTask"
  | "SupervisionActivity"
  | "Petition"
  | "ReceptionDay"
  | "TrainingPlan"
  | "TrainingSession"
  | "GroupActivity"
  | "DeputyDuty"
  | "VoterReport"
  | "PresidiumMeeting"
  | "WorkPlan"
  | "DocumentRecord"
  | "PublicityItem";

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
 * `lockRow` and the row itself in one statement (`SELECT * … FOR UPDATE`): one round trip instead
 * of the lock and then the ORM's read. Null when the township has no such row. The row is typed by
 * the caller; PostgreSQL's columns come back as the ORM reads them (tests/integration/db/locks.test.ts).
 */
export async function lockAndRead<Row>(
  tx: RawTx,
  table: LockedTable,
  id: string,
  townshipId: string,
): Promise<Row | null> {
  const rows = await tx.$queryRawUnsafe<Row[]>(
    `SELECT * FROM "${table}" WHERE id = $1::uuid AND "townshipId" = $2::uuid FOR UPDATE`,
    id,
    townshipId,
  );
  return rows[0] ?? null;
}

/**
 * Several rows of one table locked in one statement, in id order (as one-by-one `lockRow` calls
 * sorted by id would be), so two requests locking overlapping sets cannot deadlock.
 */
export async function lockRows(tx: RawTx, table: LockedTable, ids: string[], townshipId: string): Promise<void> {
  await tx.$executeRawUnsafe(
    `SELECT 1 FROM "${table}" WHERE id = ANY($1::uuid[]) AND "townshipId" = $2::uuid ORDER BY id FOR UPDATE`,
    ids,
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
