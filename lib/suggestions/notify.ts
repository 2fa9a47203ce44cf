import { db } from "@/lib/db";
import type { ScopedTx } from "@/lib/db/township-scope";

/** In-app notices, written in the transaction of the change they report. */
export async function notifyProposers(tx: ScopedTx, townshipId: string, suggestionId: string, message: string) {
  const proposers = await tx.suggestionProposer.findMany({ where: { suggestionId }, select: { deputyId: true } });
  if (proposers.length)
    await tx.notification.createMany({
      data: proposers.map((p) => ({ townshipId, deputyId: p.deputyId, suggestionId, message })),
    });
}

export async function notifyUnits(
  tx: ScopedTx,
  townshipId: string,
  suggestionId: string,
  unitIds: string[],
  message: string,
) {
  if (unitIds.length)
    await tx.notification.createMany({
      data: unitIds.map((unitId) => ({ townshipId, unitId, suggestionId, message })),
    });
}

export interface UnitNotice {
  townshipId: string;
  unitId: string;
  suggestionId: string;
  message: string;
}

/**
 * For the daily reminder run (all townships): writes each notice unless the same one (suggestion,
 * unit, text) was written before — one read for the lot and one insert. Returns how many were new.
 */
export async function notifyUnitsOnce(notices: UnitNotice[]): Promise<number> {
  if (!notices.length) return 0;
  const key = (n: { suggestionId: string | null; unitId: string | null; message: string }) =>
    `${n.suggestionId}|${n.unitId}|${n.message}`;
  const existing = await db.notification.findMany({
    where: {
      suggestionId: { in: [...new Set(notices.map((n) => n.suggestionId))] },
      unitId: { in: [...new Set(notices.map((n) => n.unitId))] },
    },
    select: { suggestionId: true, unitId: true, message: true },
  });
  const seen = new Set(existing.map(key));
  const fresh = notices.filter((n) => !seen.has(key(n)) && seen.add(key(n)));
  if (fresh.length) await db.notification.createMany({ data: fresh });
  return fresh.length;
}
