import type { ScopedTx } from "@/lib/db/township-scope";

/** In-app notices, written in the transaction of the change they report. */
export async function notifyProposers(tx: ScopedTx, townshipId: string, suggestionId: string, message: string) {
  const proposers = await tx.suggestionProposer.findMany({ where: { suggestionId }, select: { deputyId: true } });
  if (proposers.length) await tx.notification.createMany({ data: proposers.map((p) => ({ townshipId, deputyId: p.deputyId, suggestionId, message })) });
}

export async function notifyUnits(tx: ScopedTx, townshipId: string, suggestionId: string, unitIds: string[], message: string) {
  if (unitIds.length) await tx.notification.createMany({ data: unitIds.map((unitId) => ({ townshipId, unitId, suggestionId, message })) });
}
