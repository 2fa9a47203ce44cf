// An election as the pages and the API show it: every round ever keyed in (corrected and withdrawn ones
// marked, never hidden), who the current rounds elected, and the round to hold next (重新投票, 再次投票 or
// 另行选举). Pure: the service loads, this presents.
import type { Prisma } from "@/lib/generated/prisma/client";
import { majorityRequired, recordState, isCurrent } from "@/lib/sessions/rules";
import { heldRoundOutcome, nextRound, resultKey, type HeldRound } from "@/lib/sessions/round-count";

/**
 * Candidates in 姓氏笔画 order everywhere (the page, the round form, the minutes and the ballot alike:
 * 选举办法 "候选人名单按姓氏笔画排列"), by the key the database generates (ElectionCandidate.nameKey);
 * `position` only records the order of nomination.
 */
export const CANDIDATE_ORDER: Prisma.ElectionCandidateOrderByWithRelationInput[] = [
  { nameKey: "asc" },
  { name: "asc" },
  { id: "asc" },
];

export const withRounds = {
  candidates: { orderBy: CANDIDATE_ORDER },
  rounds: { orderBy: [{ roundNo: "asc" }, { revision: "asc" }], include: { results: true } },
} as const satisfies Prisma.ElectionInclude;
export type ElectionRow = Prisma.ElectionGetPayload<{ include: typeof withRounds }>;

/** The current rounds, in order: what the outcome and the next round are read from. */
export const heldRounds = (e: ElectionRow): (ElectionRow["rounds"][number] & HeldRound)[] => e.rounds.filter(isCurrent);

function presentRound(
  r: ElectionRow["rounds"][number],
  names: Map<string, string>,
  order: Map<string, number>,
  tied: Set<string>,
) {
  return {
    id: r.id,
    roundNo: r.roundNo,
    kind: r.kind,
    revision: r.revision,
    seats: r.seats,
    standingIds: r.standingIds,
    ballotsIssued: r.ballotsIssued,
    ballotsReturned: r.ballotsReturned,
    invalidBallots: r.invalidBallots,
    /** A void round (more ballots returned than issued) has no valid-ballot figure. */
    validBallots: r.void ? null : r.ballotsReturned - r.invalidBallots,
    void: r.void,
    sittingAtRound: r.sittingAtRound,
    presentAtRound: r.presentAtRound,
    required: majorityRequired(r.sittingAtRound),
    createdAt: r.createdAt,
    state: recordState(r),
    current: isCurrent(r),
    revoked: !!r.revokedAt,
    correctsId: r.correctsId,
    correctionReason: r.correctionReason,
    revokeReason: r.revokeReason,
    // Candidates in ballot order (姓氏笔画), then names written in, most votes first.
    results: [...r.results]
      .sort(
        (a, b) =>
          (order.get(a.candidateId ?? "") ?? Infinity) - (order.get(b.candidateId ?? "") ?? Infinity) ||
          b.votesFor - a.votesFor,
      )
      .map((x) => ({
        id: x.id,
        candidateId: x.candidateId,
        writeInName: x.writeInName,
        name: x.candidateId ? (names.get(x.candidateId) ?? "") : x.writeInName!,
        votesFor: x.votesFor,
        votesAgainst: x.votesAgainst,
        votesAbstain: x.votesAbstain,
        elected: x.elected,
        tied: tied.has(resultKey(x)),
      })),
  };
}

/** `majorityInRunoff`: the setting for 再次投票 (whether a fresh majority of all is needed). */
export function presentElection(e: ElectionRow, majorityInRunoff = true) {
  const names = new Map(e.candidates.map((c) => [c.id, c.name]));
  // e.candidates come in 姓氏笔画 order (CANDIDATE_ORDER): a round's results follow it.
  const order = new Map(e.candidates.map((c, i) => [c.id, i]));
  const held = heldRounds(e);
  const tiedIn = new Map(held.map((r, i) => [r.id, new Set(heldRoundOutcome(held, i, majorityInRunoff).tied)]));
  const rounds = e.rounds.map((r) => presentRound(r, names, order, tiedIn.get(r.id) ?? new Set()));
  const elected = rounds
    .filter((r) => r.current)
    .flatMap((r) =>
      r.results
        .filter((x) => x.elected)
        .map((x) => ({ candidateId: x.candidateId, name: x.name, roundNo: r.roundNo, votesFor: x.votesFor })),
    );
  const electedIn = new Map(elected.filter((x) => x.candidateId).map((x) => [x.candidateId!, x.roundNo]));
  const next = nextRound(e, held, majorityInRunoff);
  return {
    id: e.id,
    sessionId: e.sessionId,
    agendaItemId: e.agendaItemId,
    title: e.title,
    seats: e.seats,
    context: e.context,
    post: e.post,
    scrutineers: e.scrutineers,
    counters: e.counters,
    createdAt: e.createdAt,
    deferredAt: e.deferredAt,
    deferNote: e.deferNote,
    candidates: e.candidates.map((c) => ({
      id: c.id,
      name: c.name,
      nominatedBy: c.nominatedBy,
      nominatorCount: c.nominatorCount,
      nominatedForRound: c.nominatedForRound,
      position: c.position,
      electedInRound: electedIn.get(c.id) ?? null,
    })),
    rounds,
    elected,
    seatsUnfilled: e.seats - elected.length,
    /** The round to hold next (null: all seats filled); none once the 另行选举 is deferred to the next session. */
    nextRound: e.deferredAt ? null : next,
    /** A round was held and seats are still open (重新投票, 再次投票 or 另行选举 due). */
    furtherRoundNeeded: held.length > 0 && next !== null && !e.deferredAt,
    nextRoundNo: next?.roundNo ?? held.length + 1,
    nextRoundCandidateIds: next && held.length > 0 ? next.candidateIds : [],
  };
}
export type PresentedElection = ReturnType<typeof presentElection>;
