// The session's roll (who was sitting) and its quorum base (应到), frozen when the session opens.
// Before 开幕 the roll is the live roster on the opening day; from 开幕 on it is the snapshot taken
// then (SessionRollEntry + CongressSession.sittingAtOpening), so a later 调离, import or rename
// changes nothing shown or printed for the session. Votes and election rounds store the base they
// were judged against (sittingAtVote, sittingAtRound), read from here at the time they are recorded.
import type { ScopedDb, ScopedTx } from "@/lib/db/township-scope";
import { deputyNameOrderBy, groupOrderBy, nameOrder, sittingWhere } from "@/lib/roster/public";

/** What the roll reads of a session. */
export interface RollSession {
  id: string;
  townshipId: string;
  termId: string;
  startDate: Date;
  /** Set at 开幕 (and by the migration for sessions opened before it existed); null while preparing. */
  sittingAtOpening: number | null;
}

export interface RollEntry {
  deputyId: string;
  name: string;
  group: string | null;
}

export type RollOrder = "name" | "group";

/** Whether the session's roll is the frozen snapshot (opened or closed) rather than the live roster. */
export function isRollFrozen(session: Pick<RollSession, "sittingAtOpening">): boolean {
  return session.sittingAtOpening !== null;
}

async function liveRoll(sdb: ScopedDb | ScopedTx, session: RollSession, order: RollOrder): Promise<RollEntry[]> {
  const byName = deputyNameOrderBy(await nameOrder());
  const rows = await sdb.deputy.findMany({
    where: sittingWhere(session.termId, session.startDate),
    select: { id: true, name: true, group: { select: { name: true } } },
    orderBy: order === "name" ? byName : [...groupOrderBy.map((g) => ({ group: g })), ...byName],
  });
  return rows.map((d) => ({ deputyId: d.id, name: d.name, group: d.group?.name ?? null }));
}

/**
 * The session's roll: the snapshot once opened (in the township's order of names and groups as it was
 * at 开幕), else the deputies sitting on the opening day.
 */
export async function sessionRoll(
  sdb: ScopedDb | ScopedTx,
  session: RollSession,
  order: RollOrder = "name",
): Promise<RollEntry[]> {
  if (!isRollFrozen(session)) return liveRoll(sdb, session, order);
  const rows = await sdb.sessionRollEntry.findMany({
    where: { sessionId: session.id },
    orderBy: order === "name" ? [{ namePosition: "asc" }] : [{ position: "asc" }],
  });
  return rows.map((r) => ({ deputyId: r.deputyId, name: r.name, group: r.groupName }));
}

/** The deputy ids on the session's roll (for checking marks and named ballots against it). */
export async function rollDeputyIds(sdb: ScopedDb | ScopedTx, session: RollSession): Promise<string[]> {
  if (!isRollFrozen(session))
    return (
      await sdb.deputy.findMany({ where: sittingWhere(session.termId, session.startDate), select: { id: true } })
    ).map((d) => d.id);
  return (await sdb.sessionRollEntry.findMany({ where: { sessionId: session.id }, select: { deputyId: true } })).map(
    (r) => r.deputyId,
  );
}

/** 应到: the frozen base once opened, else the number sitting on the opening day now. */
export async function rollBase(sdb: ScopedDb | ScopedTx, session: RollSession): Promise<number> {
  if (session.sittingAtOpening !== null) return session.sittingAtOpening;
  return sdb.deputy.count({ where: sittingWhere(session.termId, session.startDate) });
}

/** How many on the roll are marked present now. */
export async function presentOnRoll(sdb: ScopedDb | ScopedTx, session: RollSession): Promise<number> {
  const ids = await rollDeputyIds(sdb, session);
  return sdb.sessionAttendance.count({ where: { sessionId: session.id, status: "PRESENT", deputyId: { in: ids } } });
}

/**
 * 开幕: writes the snapshot of the live roll and returns the base to store as `sittingAtOpening`.
 * Call inside the opening's transaction, with the session row locked.
 */
export async function freezeRoll(tx: ScopedTx, session: RollSession): Promise<number> {
  const live = { ...session, sittingAtOpening: null };
  const [roll, byName] = await Promise.all([liveRoll(tx, live, "group"), liveRoll(tx, live, "name")]);
  const namePosition = new Map(byName.map((r, i) => [r.deputyId, i + 1]));
  await tx.sessionRollEntry.deleteMany({ where: { sessionId: session.id } });
  await tx.sessionRollEntry.createMany({
    data: roll.map((r, i) => ({
      townshipId: session.townshipId,
      sessionId: session.id,
      deputyId: r.deputyId,
      name: r.name,
      groupName: r.group,
      position: i + 1,
      namePosition: namePosition.get(r.deputyId) ?? i + 1,
    })),
  });
  return roll.length;
}

/** 撤销开幕: the session is preparing again, its roll live again. */
export async function thawRoll(tx: ScopedTx, sessionId: string): Promise<void> {
  await tx.sessionRollEntry.deleteMany({ where: { sessionId } });
}
