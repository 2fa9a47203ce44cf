// Rounds of an election: recording one (第一次投票, 重新投票, 再次投票 or 另行选举, as nextRound says), and
// correcting (更正) or withdrawing (作废) the latest one — never overwriting it: the original stays, marked.
import { isUniqueViolation } from "@/lib/db/errors";
import { lockRow } from "@/lib/db/locks";
import type { Actor } from "@/lib/auth/actor";
import { scopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { recordCorrection } from "@/lib/audit/corrections";
import { conflict, notFound, validation } from "@/lib/http/errors";
import { editAction } from "@/lib/sessions/policy";
import {
  checkRoundTotals,
  heldRoundOutcome,
  resultKey,
  roundRows,
  standingCandidates,
  type HeldRound,
  type RoundKind,
} from "@/lib/sessions/round-count";
import { isRoundVoid } from "@/lib/sessions/rules";
import type { ElectionRoundCorrectionInput, ElectionRoundInput, RevokeInput } from "@/lib/sessions/election-schema";
import { heldRounds, presentElection, type ElectionRow } from "@/lib/sessions/election-view";
import { loadElection, majorityInRunoff } from "@/lib/sessions/elections";
import { loadSession, presence } from "@/lib/sessions/access";
import { assertSessionStep, type SessionStepName } from "@/lib/sessions/steps";

type Figures = Pick<ElectionRoundInput, "ballotsIssued" | "ballotsReturned" | "invalidBallots" | "results" | "ballots">;

/**
 * The count of one round, checked: totals that fit the ballots; a void round (选举法 第四十四条第一款, by analogy:
 * more ballots returned than issued) keeps no count; who is elected as heldRoundOutcome says for this kind of round.
 */
function countRound(
  input: Figures,
  round: { roundNo: number; kind: RoundKind; seats: number; sittingAtRound: number },
  standing: readonly { id: string; name: string }[],
  before: readonly HeldRound[],
  majority: boolean,
) {
  const { rows, invalid } = roundRows(input as ElectionRoundInput, standing, round.seats);
  checkRoundTotals(rows, invalid, input.ballotsReturned, round.seats, standing);
  const voided = isRoundVoid(input.ballotsIssued, input.ballotsReturned);
  const kept = voided ? [] : rows;
  const held: HeldRound = {
    ...round,
    standingIds: standing.map((c) => c.id),
    void: voided,
    results: kept.map((r) => ({ ...r, elected: false })),
  };
  const won = new Set(heldRoundOutcome([...before, held], before.length, majority).elected);
  return {
    void: voided,
    invalidBallots: voided ? 0 : invalid,
    results: kept.map((r) => ({ ...r, elected: won.has(resultKey(r)) })),
  };
}

const nextRevision = (e: ElectionRow, roundNo: number) =>
  Math.max(0, ...e.rounds.filter((r) => r.roundNo === roundNo).map((r) => r.revision)) + 1;

async function open(tx: ScopedTx, actor: Actor, sessionId: string, electionId: string, step: SessionStepName) {
  await lockRow(tx, "Election", electionId, actor.townshipId); // one round at a time per election
  const session = await loadSession(tx, actor, sessionId);
  assertSessionStep(actor, step, session);
  const election = await loadElection(tx, sessionId, electionId);
  return { session, election, majority: await majorityInRunoff() };
}

/**
 * One round of balloting. The quorum is checked again (our safeguard); a candidate is elected with more than
 * half of ALL deputies (地方组织法 第二十五条), the most votes winning when too many pass (第二十九条第一款); what
 * comes next — 重新投票, 再次投票 or 另行选举 — follows from it (nextRound). Nothing links a ballot to a deputy.
 */
export async function recordRound(actor: Actor, sessionId: string, electionId: string, input: ElectionRoundInput) {
  try {
    return await scopedDb(actor.townshipId).$transaction(async (tx) => {
      const { session, election, majority } = await open(tx, actor, sessionId, electionId, "record_round");
      const view = presentElection(election, majority);
      if (election.deferredAt) throw conflict("已决定在下一次会议上另行选举");
      const next = view.nextRound;
      if (!next) throw conflict("应选名额已全部选出，不需要另行选举");
      if (input.roundNo !== undefined && input.roundNo !== next.roundNo)
        throw conflict(`第${input.roundNo}轮计票已由他人登记，请刷新后查看`);
      const standing = standingCandidates(
        election,
        next,
        input.candidateIds,
        view.elected.map((x) => x.candidateId),
      );
      const p = await presence(tx, session);
      if (!p.quorum)
        throw conflict(
          `出席代表 ${p.present} 名，不足在任代表 ${p.sitting} 名的三分之二（至少 ${p.required} 名），不能投票选举`,
        );
      if (input.ballotsIssued > p.present)
        throw validation({ ballotsIssued: `发出选票：${input.ballotsIssued} 张，多于出席代表 ${p.present} 名` });
      const shape = { roundNo: next.roundNo, kind: next.kind, seats: next.seats, sittingAtRound: p.sitting };
      const count = countRound(input, shape, standing, heldRounds(election), majority);
      const round = await tx.electionRound.create({
        data: {
          townshipId: actor.townshipId,
          electionId,
          ...shape,
          standingIds: standing.map((c) => c.id),
          revision: nextRevision(election, next.roundNo),
          ballotsIssued: input.ballotsIssued,
          ballotsReturned: input.ballotsReturned,
          invalidBallots: count.invalidBallots,
          void: count.void,
          presentAtRound: p.present,
          createdById: actor.userId,
          results: { create: count.results.map((r) => ({ ...r, townshipId: actor.townshipId })) },
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
      return presentElection(await loadElection(tx, sessionId, electionId), majority);
    });
  } catch (err) {
    // Two offices keying the same round at once: the unique (election, round, revision) key keeps only one.
    if (isUniqueViolation(err)) throw conflict("这一轮计票已由他人登记，请刷新后重试");
    throw err;
  }
}

/** Only the latest current round may be corrected or withdrawn: later rounds were held on its outcome. */
function latestRound(election: ElectionRow, roundId: string) {
  const round = election.rounds.find((r) => r.id === roundId);
  if (!round) throw notFound("计票记录不存在");
  const held = heldRounds(election);
  if (round.revokedAt || round.supersededAt)
    throw conflict(round.revokedAt ? "这一轮计票记录已作废" : "这一轮计票记录已更正，请更正最新的记录");
  if (held.at(-1)?.id !== round.id) throw conflict(`第${round.roundNo}轮之后已有投票，请先作废后面的轮次`);
  return { round, before: held.slice(0, -1) };
}

interface RoundFigures {
  ballotsIssued: number;
  ballotsReturned: number;
  invalidBallots: number;
  void: boolean;
  results: { candidateId: string | null; writeInName: string | null; votesFor: number; elected: boolean }[];
}

/** A round's tally, as its correction's audit row keeps it. */
const roundFigures = (r: RoundFigures) => ({
  ballotsIssued: r.ballotsIssued,
  ballotsReturned: r.ballotsReturned,
  invalidBallots: r.invalidBallots,
  void: r.void,
  results: r.results.map((x) => ({
    candidateId: x.candidateId,
    writeInName: x.writeInName,
    votesFor: x.votesFor,
    elected: x.elected,
  })),
});

/**
 * 更正 of the latest round: the tally sheet again, with a reason, as a new record of the same round (same
 * candidates, seats and base); the original stays, marked corrected. Who is elected follows the corrected count.
 */
export async function correctRound(
  actor: Actor,
  sessionId: string,
  electionId: string,
  roundId: string,
  input: ElectionRoundCorrectionInput,
) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const { session, election, majority } = await open(tx, actor, sessionId, electionId, "correct_record");
    const { round, before } = latestRound(election, roundId);
    if (input.ballotsIssued > round.presentAtRound)
      throw validation({
        ballotsIssued: `发出选票：${input.ballotsIssued} 张，多于出席代表 ${round.presentAtRound} 名`,
      });
    const standing = election.candidates.filter((c) => round.standingIds.includes(c.id));
    const count = countRound(input, round, standing, before, majority);
    const original = await tx.electionRound.update({ where: { id: round.id }, data: { supersededAt: new Date() } });
    const corrected = await tx.electionRound.create({
      data: {
        townshipId: actor.townshipId,
        electionId,
        roundNo: round.roundNo,
        kind: round.kind,
        seats: round.seats,
        standingIds: round.standingIds,
        revision: nextRevision(election, round.roundNo),
        ballotsIssued: input.ballotsIssued,
        ballotsReturned: input.ballotsReturned,
        invalidBallots: count.invalidBallots,
        void: count.void,
        sittingAtRound: round.sittingAtRound,
        presentAtRound: round.presentAtRound,
        createdById: actor.userId,
        correctsId: round.id,
        correctionReason: input.reason,
        results: { create: count.results.map((r) => ({ ...r, townshipId: actor.townshipId })) },
      },
      include: { results: true },
    });
    // The kernel's correction (lib/audit/corrections.ts): the tally as it was and as corrected, the reason.
    await recordCorrection(tx, actor, {
      action: editAction(session, "session.round_corrected"),
      recordType: "ElectionRound",
      recordId: round.id,
      before: { ...roundFigures(round), supersededAt: null, correctionId: null },
      after: { ...roundFigures(corrected), supersededAt: original.supersededAt, correctionId: corrected.id },
      reason: input.reason,
    });
    return presentElection(await loadElection(tx, sessionId, electionId), majority);
  });
}

/** 作废 of the latest round with a reason: it stays shown, marked; the election goes back to before it. */
export async function revokeRound(
  actor: Actor,
  sessionId: string,
  electionId: string,
  roundId: string,
  input: RevokeInput,
) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const { session, election, majority } = await open(tx, actor, sessionId, electionId, "correct_record");
    const { round } = latestRound(election, roundId);
    const after = await tx.electionRound.update({
      where: { id: round.id },
      data: { revokedAt: new Date(), revokedById: actor.userId, revokeReason: input.reason },
    });
    await recordCorrection(tx, actor, {
      action: editAction(session, "session.round_revoked"),
      recordType: "ElectionRound",
      recordId: round.id,
      before: { revokedAt: round.revokedAt, revokeReason: round.revokeReason },
      after: { revokedAt: after.revokedAt, revokeReason: after.revokeReason },
      reason: input.reason,
    });
    return presentElection(await loadElection(tx, sessionId, electionId), majority);
  });
}
