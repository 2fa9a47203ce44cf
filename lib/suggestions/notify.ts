import type { ScopedTx } from "@/lib/db/township-scope";
import { notify, notifyOnce } from "@/lib/notifications/writer";
import type { Notice, Recipient } from "@/lib/notifications/types";

// The suggestions' notices, written through the kernel writer (lib/notifications): each is about the
// suggestion and opens its page.

function about(townshipId: string, suggestionId: string, recipient: Recipient, message: string): Notice {
  return {
    townshipId,
    recipient,
    subject: { type: "suggestion", id: suggestionId },
    link: `/suggestions/${suggestionId}`,
    message,
  };
}

/** To every proposer of the suggestion, in the transaction of the change. */
export async function notifyProposers(tx: ScopedTx, townshipId: string, suggestionId: string, message: string) {
  const proposers = await tx.suggestionProposer.findMany({ where: { suggestionId }, select: { deputyId: true } });
  await notify(
    tx,
    proposers.map((p) => about(townshipId, suggestionId, { deputyId: p.deputyId }, message)),
  );
}

/**
 * Notices to units (each with its own text) and to every proposer, in one write: for a step that
 * tells several parties at once (the hand-over).
 */
export async function notifyUnitsAndProposers(
  tx: ScopedTx,
  townshipId: string,
  suggestionId: string,
  units: { unitId: string; message: string }[],
  proposerMessage: string,
) {
  const proposers = await tx.suggestionProposer.findMany({ where: { suggestionId }, select: { deputyId: true } });
  await notify(tx, [
    ...units.map((u) => about(townshipId, suggestionId, { unitId: u.unitId }, u.message)),
    ...proposers.map((p) => about(townshipId, suggestionId, { deputyId: p.deputyId }, proposerMessage)),
  ]);
}

/** To the given units, in the transaction of the change. */
export async function notifyUnits(
  tx: ScopedTx,
  townshipId: string,
  suggestionId: string,
  unitIds: string[],
  message: string,
) {
  await notify(
    tx,
    unitIds.map((unitId) => about(townshipId, suggestionId, { unitId }, message)),
  );
}

export interface UnitNotice {
  townshipId: string;
  unitId: string;
  suggestionId: string;
  message: string;
}

/** For the daily reminder run: each notice once, never a second identical one. Returns how many were new. */
export async function notifyUnitsOnce(notices: UnitNotice[]): Promise<number> {
  return notifyOnce(notices.map((n) => about(n.townshipId, n.suggestionId, { unitId: n.unitId }, n.message)));
}
