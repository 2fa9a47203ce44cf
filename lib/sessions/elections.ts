import { isUniqueViolation } from "@/lib/db/errors";
import { lockRow } from "@/lib/db/locks";
import type { Actor } from "@/lib/auth/actor";
import { scopedDb, type ScopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { Prisma } from "@/lib/generated/prisma/client";
import { conflict, notFound, validation } from "@/lib/http/errors";
import { getSettings } from "@/lib/settings";
import { editAction } from "@/lib/sessions/policy";
import { checkRoundTotals, resultKey, roundRows, standingCandidates } from "@/lib/sessions/round-count";
import { electionOutcome, isRoundVoid, majorityRequired, type CandidateTally } from "@/lib/sessions/rules";
import type { ElectionCreateInput, ElectionRoundInput } from "@/lib/sessions/election-schema";
import { loadSession, presence } from "@/lib/sessions/access";
import { assertSessionStep } from "@/lib/sessions/steps";

const withRounds = {
  candidates: { orderBy: { position: "asc" } },
  rounds: { orderBy: { roundNo: "asc" }, include: { results: true } },
} as const satisfies Prisma.ElectionInclude;
type ElectionRow = Prisma.ElectionGetPayload<{ include: typeof withRounds }>;
type RoundRow = ElectionRow["rounds"][number];
type ResultRow = RoundRow["results"][number];

/** Tallies of a round as electionOutcome wants them: candidates by id, write-ins by name. */
const talliesOf = (results: readonly ResultRow[]): CandidateTally[] =>
  results.map((r) => ({ candidateId: resultKey(r), votesFor: r.votesFor }));

/** Candidates not yet elected who stood in the last round (after a void round with nothing keyed in: all not yet elected). */
function nextRoundCandidateIds(e: ElectionRow): string[] {
  const elected = new Set(
    e.rounds.flatMap((r) => r.results.filter((x) => x.elected && x.candidateId).map((x) => x.candidateId!)),
  );
  const last = e.rounds.at(-1);
  const stood = new Set(last?.results.flatMap((r) => (r.candidateId ? [r.candidateId] : [])) ?? []);
  return e.candidates.filter((c) => !elected.has(c.id) && (!stood.size || stood.has(c.id))).map((c) => c.id);
}

/** The election as the pages show it: candidates, every round with its results, who is elected, what is left. */
export function presentElection(e: ElectionRow) {
  const names = new Map(e.candidates.map((c) => [c.id, c.name]));
  const position = new Map(e.candidates.map((c) => [c.id, c.position]));
  const rounds = e.rounds.map((r) => {
    const tied = new Set(r.void ? [] : electionOutcome(talliesOf(r.results), r.seats, r.sittingAtRound).tied);
    return {
      id: r.id,
      roundNo: r.roundNo,
      seats: r.seats,
      ballotsIssued: r.ballotsIssued,
      ballotsReturned: r.ballotsReturned,
      invalidBallots: r.invalidBallots,
      validBallots: r.ballotsReturned - r.invalidBallots,
      void: r.void,
      sittingAtRound: r.sittingAtRound,
      presentAtRound: r.presentAtRound,
      required: majorityRequired(r.sittingAtRound),
      createdAt: r.createdAt,
      // Candidates in ballot order, then names written in, most votes first.
      results: [...r.results]
        .sort(
          (a, b) =>
            (position.get(a.candidateId ?? "") ?? Infinity) - (position.get(b.candidateId ?? "") ?? Infinity) ||
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
  });
  const elected = rounds.flatMap((r) =>
    r.results
      .filter((x) => x.elected)
      .map((x) => ({ candidateId: x.candidateId, name: x.name, roundNo: r.roundNo, votesFor: x.votesFor })),
  );
  const electedIn = new Map(elected.filter((x) => x.candidateId).map((x) => [x.candidateId!, x.roundNo]));
  const seatsUnfilled = e.seats - elected.length;
  return {
    id: e.id,
    sessionId: e.sessionId,
    agendaItemId: e.agendaItemId,
    title: e.title,
    seats: e.seats,
    scrutineers: e.scrutineers,
    counters: e.counters,
    createdAt: e.createdAt,
    candidates: e.candidates.map((c) => ({
      id: c.id,
      name: c.name,
      nominatedBy: c.nominatedBy,
      nominatorCount: c.nominatorCount,
      position: c.position,
      electedInRound: electedIn.get(c.id) ?? null,
    })),
    rounds,
    elected,
    seatsUnfilled,
    /** 另行选举: a round was held and seats are still open (a void round, a tie at the last seat, too few votes). */
    furtherRoundNeeded: rounds.length > 0 && seatsUnfilled > 0,
    nextRoundNo: rounds.length + 1,
    nextRoundCandidateIds: seatsUnfilled > 0 ? nextRoundCandidateIds(e) : [],
  };
}
export type PresentedElection = ReturnType<typeof presentElection>;

export async function loadElection(sdb: ScopedDb | ScopedTx, sessionId: string, electionId: string) {
  const e = await sdb.election.findFirst({ where: { id: electionId, sessionId }, include: withRounds });
  if (!e) throw notFound("选举不存在");
  return e;
}

export async function listElections(actor: Actor, sessionId: string) {
  const sdb = scopedDb(actor.townshipId);
  await loadSession(sdb, actor, sessionId);
  const rows = await sdb.election.findMany({
    where: { sessionId },
    include: withRounds,
    orderBy: { createdAt: "asc" },
  });
  return rows.map(presentElection);
}

export async function getElection(actor: Actor, sessionId: string, electionId: string) {
  const sdb = scopedDb(actor.townshipId);
  await loadSession(sdb, actor, sessionId);
  return presentElection(await loadElection(sdb, sessionId, electionId));
}

/** An election or by-election on a session that is being prepared or is sitting. */
export async function createElection(actor: Actor, sessionId: string, input: ElectionCreateInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const session = await loadSession(tx, actor, sessionId);
    assertSessionStep(actor, "add_election", session);
    if (input.agendaItemId && !(await tx.agendaItem.findFirst({ where: { id: input.agendaItemId, sessionId } })))
      throw validation({ agendaItemId: "议程：不属于本次会议" });
    // 地方组织法 Art. 26: a joint nomination needs at least ten deputies (a setting, in case the law changes).
    const min = (await getSettings())["sessions.jointNominationMin"];
    const short = input.candidates.findIndex((c) => c.nominatedBy === "DEPUTIES" && (c.nominatorCount ?? 0) < min);
    if (short >= 0)
      throw validation({
        [`candidates.${short}.nominatorCount`]: `联名代表人数：代表联名提名候选人须有 ${min} 名以上代表（${input.candidates[short].name} 仅 ${input.candidates[short].nominatorCount ?? 0} 名）`,
      });
    const election = await tx.election.create({
      data: {
        townshipId: actor.townshipId,
        sessionId,
        agendaItemId: input.agendaItemId ?? null,
        title: input.title,
        seats: input.seats,
        scrutineers: input.scrutineers,
        counters: input.counters,
        candidates: {
          create: input.candidates.map((c, i) => ({
            townshipId: actor.townshipId,
            name: c.name,
            nominatedBy: c.nominatedBy,
            nominatorCount: c.nominatedBy === "DEPUTIES" ? c.nominatorCount : null,
            position: i + 1,
          })),
        },
      },
      include: withRounds,
    });
    await recordAudit(tx, subjectOf(actor), {
      action: editAction(session, "session.election_created"),
      recordType: "Election",
      recordId: election.id,
      after: election,
    });
    return presentElection(election);
  });
}

/** The tally sheet names its round: sent twice, the second is refused (409), not counted as the next round. */
function expectedRound(input: ElectionRoundInput, next: number): number {
  if (input.roundNo !== undefined && input.roundNo !== next)
    throw conflict(`第${input.roundNo}轮计票已由他人登记，请刷新后查看`);
  return next;
}

/**
 * One round of balloting. The quorum is checked again; more ballots returned than issued voids the
 * round (选举法 Art. 44); a candidate is elected with more than half of ALL deputies sitting on the
 * session date (选举法 Art. 45), the most votes winning when too many pass; a tie at the last seat and
 * any seat left open go to a further round (另行选举) of the same election. Nothing links a ballot to a deputy.
 */
export async function recordRound(actor: Actor, sessionId: string, electionId: string, input: ElectionRoundInput) {
  try {
    return await scopedDb(actor.townshipId).$transaction(async (tx) => {
      await lockRow(tx, "Election", electionId, actor.townshipId); // one round at a time per election
      const session = await loadSession(tx, actor, sessionId);
      assertSessionStep(actor, "record_round", session);
      const election = await loadElection(tx, sessionId, electionId);
      const before = presentElection(election);
      const roundNo = expectedRound(input, election.rounds.length + 1);
      if (before.seatsUnfilled <= 0) throw conflict("应选名额已全部选出，不需要另行选举");

      const standing = standingCandidates(
        election,
        {
          roundNo,
          seatsUnfilled: before.seatsUnfilled,
          electedIds: before.elected.map((x) => x.candidateId),
          defaultIds: before.nextRoundCandidateIds,
        },
        input.candidateIds,
      );

      const p = await presence(tx, session);
      if (!p.quorum)
        throw conflict(
          `出席代表 ${p.present} 名，不足在任代表 ${p.sitting} 名的三分之二（至少 ${p.required} 名），不能投票选举`,
        );
      if (input.ballotsIssued > p.present)
        throw validation({ ballotsIssued: `发出选票：${input.ballotsIssued} 张，多于出席代表 ${p.present} 名` });

      const seats = before.seatsUnfilled;
      const { rows, invalid } = roundRows(input, standing, seats);
      checkRoundTotals(rows, invalid, input.ballotsReturned, seats, standing);
      const voided = isRoundVoid(input.ballotsIssued, input.ballotsReturned);

      const won = new Set(
        voided
          ? []
          : electionOutcome(
              rows.map((r) => ({ candidateId: resultKey(r), votesFor: r.votesFor })),
              seats,
              p.sitting,
            ).elected,
      );
      const round = await tx.electionRound.create({
        data: {
          townshipId: actor.townshipId,
          electionId,
          roundNo,
          seats,
          ballotsIssued: input.ballotsIssued,
          ballotsReturned: input.ballotsReturned,
          invalidBallots: invalid,
          void: voided,
          sittingAtRound: p.sitting,
          presentAtRound: p.present,
          results: {
            create: rows.map((r) => ({ ...r, townshipId: actor.townshipId, elected: won.has(resultKey(r)) })),
          },
        },
        include: { results: true },
      });
      // The audit keeps the totals only: ballot-by-ballot entries are not kept anywhere.
      await recordAudit(tx, subjectOf(actor), {
        action: editAction(session, "session.round_recorded"),
        recordType: "ElectionRound",
        recordId: round.id,
        after: round,
      });
      return presentElection(await loadElection(tx, sessionId, electionId));
    });
  } catch (err) {
    // Two offices keying the same round at once: the unique (election, round) key keeps only one.
    if (isUniqueViolation(err)) throw conflict("这一轮计票已由他人登记，请刷新后重试");
    throw err;
  }
}
