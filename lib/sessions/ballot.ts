// The blank ballot and tally sheet of an election's next round (print/ballot).
import type { Actor } from "@/lib/auth/actor";
import { townshipName } from "@/lib/text/township";
import { scopedDb } from "@/lib/db/township-scope";
import { loadSession } from "@/lib/sessions/access";
import { sessionSummary } from "@/lib/sessions/service";
import { loadElection, majorityInRunoff, presentElection } from "@/lib/sessions/elections";

/**
 * One election of the session, for the blank ballot and the tally sheet. When a further round is due
 * (重新投票, 再次投票 or 另行选举), only its candidates and seats are printed: those nextRound gives,
 * for 另行选举 or `chosenIds` — the ones the office ticked in
 * the round form — when each of them is a candidate not yet elected.
 */
export async function getBallot(
  actor: Actor,
  sessionId: string,
  electionId: string,
  chosenIds: readonly string[] = [],
) {
  const sdb = scopedDb(actor.townshipId);
  const session = await loadSession(sdb, actor, sessionId);
  const [township, row] = await Promise.all([townshipName(actor), loadElection(sdb, sessionId, electionId)]);
  const e = presentElection(row, await majorityInRunoff());
  const next = e.nextRound;
  const further = e.furtherRoundNeeded;
  const eligible = new Set(e.candidates.filter((c) => c.electedInRound === null).map((c) => c.id));
  const chosen = next?.open && chosenIds.length && chosenIds.every((id) => eligible.has(id)) ? chosenIds : null;
  const standing = new Set(chosen ?? next?.candidateIds ?? e.candidates.map((c) => c.id));
  return {
    township,
    session: sessionSummary(session),
    election: {
      id: e.id,
      title: e.title,
      seats: next?.seats ?? e.seats,
      scrutineers: e.scrutineers,
      counters: e.counters,
    },
    round: { roundNo: e.nextRoundNo, further, kind: next?.kind ?? "FIRST" },
    candidates: e.candidates.filter((c) => standing.has(c.id)).map((c) => ({ id: c.id, name: c.name })),
  };
}
