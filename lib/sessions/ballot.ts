// The blank ballot and tally sheet of an election's next round (print/ballot).
import type { Actor } from "@/lib/auth/actor";
import { townshipName } from "@/lib/text/township";
import { scopedDb } from "@/lib/db/township-scope";
import { loadSession } from "@/lib/sessions/access";
import { sessionSummary } from "@/lib/sessions/service";
import { loadElection, majorityInRunoff, presentElection } from "@/lib/sessions/elections";
import { deputyNameOrderBy } from "@/lib/roster/public";

/**
 * The printed ballot and tally sheet list candidates in 姓氏笔画 order, whatever the roster's setting
 * (选举办法: 候选人名单按姓氏笔画排列), by the key the database generates (ElectionCandidate.nameKey).
 */
async function ballotOrder(sdb: ReturnType<typeof scopedDb>, electionId: string): Promise<Map<string, number>> {
  const rows = await sdb.electionCandidate.findMany({
    where: { electionId },
    select: { id: true },
    orderBy: deputyNameOrderBy("STROKE"),
  });
  return new Map(rows.map((c, i) => [c.id, i]));
}

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
  const [township, row, order] = await Promise.all([
    townshipName(actor),
    loadElection(sdb, sessionId, electionId),
    ballotOrder(sdb, electionId),
  ]);
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
    candidates: e.candidates
      .filter((c) => standing.has(c.id))
      .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
      .map((c) => ({ id: c.id, name: c.name })),
  };
}
