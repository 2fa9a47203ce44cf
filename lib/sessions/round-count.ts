// What one election round's count says, checked before anything is stored: who stands, the rows
// keyed in from the tally sheet (计票单) or from the ballots one by one, and the totals they imply.
// Pure: no database, so recordRound (lib/sessions/elections.ts) only loads, checks and writes.
import { validation } from "@/lib/http/errors";
import {
  candidateCountProblem,
  candidateRange,
  electionOutcome,
  isRoundVoid,
  tallyBallots,
  type ElectionContext,
  type ElectionPost,
  type RoundOutcome,
} from "@/lib/sessions/rules";
import type { ElectionRoundInput } from "@/lib/sessions/election-schema";

/** One stored line of a round: a candidate standing, or a name written in (另选人). */
export interface RoundRow {
  candidateId: string | null;
  writeInName: string | null;
  votesFor: number;
  votesAgainst: number;
  votesAbstain: number;
}

interface Candidate {
  id: string;
  name: string;
}

/** Key of a result as electionOutcome wants it: candidates by id, write-ins by name. */
export const resultKey = (r: { candidateId: string | null; writeInName: string | null }) =>
  r.candidateId ?? `writeIn:${r.writeInName}`;

export type RoundKind = "FIRST" | "REVOTE" | "RUNOFF" | "FURTHER";

/** A current (neither corrected nor withdrawn) round as stored, in round order. */
export interface HeldRound {
  roundNo: number;
  kind: RoundKind;
  seats: number;
  standingIds: readonly string[];
  void: boolean;
  sittingAtRound: number;
  results: readonly { candidateId: string | null; writeInName: string | null; votesFor: number; elected: boolean }[];
}

/** A round held again after a void one decides as the round it repeats: 再次投票 by most votes, else by majority. */
function decidesTie(rounds: readonly HeldRound[], i: number): boolean {
  while (i > 0 && rounds[i].kind === "REVOTE") i--;
  return rounds[i].kind === "RUNOFF";
}

/**
 * Who a round elects. 再次投票 (地方组织法 第二十九条第一款 "就票数相等的人再次投票，以得票多的当选"): the most votes
 * among the tied, with a fresh majority of all only when the setting `majorityInRunoff` says so; every other
 * round: a majority of all (第二十五条).
 */
export function heldRoundOutcome(rounds: readonly HeldRound[], i: number, majorityInRunoff: boolean): RoundOutcome {
  const r = rounds[i];
  if (r.void) return { elected: [], unfilledSeats: r.seats, tied: [] };
  return electionOutcome(
    r.results.map((x) => ({ candidateId: resultKey(x), votesFor: x.votesFor })),
    r.seats,
    r.sittingAtRound,
    { majority: !decidesTie(rounds, i) || majorityInRunoff },
  );
}

export interface NextRound {
  roundNo: number;
  kind: RoundKind;
  seats: number;
  /** On the ballot: fixed for 第一次投票, 重新投票 and 再次投票; the default for 另行选举. */
  candidateIds: string[];
  /** 另行选举 (第二十九条第二款): candidates by the first round's ranking or nominated anew; may be deferred. */
  open: boolean;
}

/**
 * The round to hold next, or null when every seat is filled. After a void round: 重新投票 with the same
 * candidates and seats. After a tie at the last seat: 再次投票 among the tied only, for the tied seats. After a
 * valid round that left seats open: 另行选举 for them, by default those not elected who stood, plus anyone
 * nominated for it.
 */
export function nextRound(
  election: { seats: number; candidates: readonly { id: string; nominatedForRound: number | null }[] },
  rounds: readonly HeldRound[],
  majorityInRunoff: boolean,
): NextRound | null {
  const elected = new Set(rounds.flatMap((r) => r.results.filter((x) => x.elected).map(resultKey)));
  const seatsUnfilled = election.seats - elected.size;
  if (seatsUnfilled <= 0) return null;
  const last = rounds.at(-1);
  if (!last)
    return {
      roundNo: 1,
      kind: "FIRST",
      seats: election.seats,
      candidateIds: election.candidates.map((c) => c.id),
      open: false,
    };
  const roundNo = last.roundNo + 1;
  if (last.void)
    return { roundNo, kind: "REVOTE", seats: last.seats, candidateIds: [...last.standingIds], open: false };
  const outcome = heldRoundOutcome(rounds, rounds.length - 1, majorityInRunoff);
  const tiedCandidates = outcome.tied.filter((k) => election.candidates.some((c) => c.id === k));
  if (outcome.tied.length > 0)
    return { roundNo, kind: "RUNOFF", seats: outcome.unfilledSeats, candidateIds: tiedCandidates, open: false };
  const stood = new Set(last.standingIds);
  const candidateIds = election.candidates
    .filter((c) => !elected.has(c.id) && (stood.has(c.id) || c.nominatedForRound === roundNo))
    .map((c) => c.id);
  return { roundNo, kind: "FURTHER", seats: seatsUnfilled, candidateIds, open: true };
}

const FIXED: Record<Exclude<RoundKind, "FURTHER">, string> = {
  FIRST: "第一次投票由全部候选人参加",
  REVOTE: "重新投票由原候选人参加，候选人和应选名额不变",
  RUNOFF: "再次投票只就票数相等的候选人进行",
};

/**
 * Who stands in the next round: as `nextRound` says, or in 另行选举 the office's choice among those not yet
 * elected (new nominees included). 另行选举 of a 副职 needs 差额 again (第二十九条第三款).
 */
export function standingCandidates<C extends Candidate>(
  election: { candidates: readonly C[]; context: ElectionContext; post: ElectionPost },
  next: NextRound,
  chosen: readonly string[] | undefined,
  electedIds: readonly (string | null)[],
): C[] {
  let ids = next.candidateIds;
  if (chosen) {
    if (next.kind !== "FURTHER") {
      const same = new Set(chosen).size === ids.length && chosen.every((id) => ids.includes(id));
      if (!same) throw validation({ candidateIds: `另行选举候选人：${FIXED[next.kind]}` });
    }
    const elected = new Set(electedIds);
    const bad = chosen.find((id) => !election.candidates.some((c) => c.id === id) || elected.has(id));
    if (bad) throw validation({ candidateIds: "另行选举候选人：只能从本次选举尚未当选的候选人中选择" });
    ids = [...new Set(chosen)];
  }
  if (next.kind === "FURTHER") {
    const problem = candidateCountProblem(candidateRange(election, next.seats, true), ids.length, next.seats);
    if (problem) throw validation({ candidateIds: `另行选举候选人：${problem}` });
  } else if (ids.length < next.seats)
    throw validation({ candidateIds: `另行选举候选人：候选人 ${ids.length} 名，少于待选名额 ${next.seats} 名` });
  return election.candidates.filter((c) => ids.includes(c.id));
}

const writeInClashWith = (standing: readonly Candidate[]) => {
  const candidateNames = new Set(standing.map((c) => c.name));
  return (name: string) => candidateNames.has(name) && `另选人：${name} 是本轮候选人，请计入其得票`;
};

/** Rows from the ballots one by one; ballots marking too many "for" count as invalid. */
function rowsFromBallots(
  input: ElectionRoundInput,
  ballots: NonNullable<ElectionRoundInput["ballots"]>,
  standing: readonly Candidate[],
  seats: number,
): { rows: RoundRow[]; invalid: number } {
  const ids = new Set(standing.map((c) => c.id));
  const stranger = ballots.flatMap((b) => Object.keys(b.marks)).find((id) => !ids.has(id));
  if (stranger) throw validation({ ballots: "逐张选票：选票上有不是本轮候选人的编号" });
  const writeInClash = writeInClashWith(standing);
  const clash = ballots
    .flatMap((b) => b.writeIns)
    .map((n) => writeInClash(n.trim()))
    .find(Boolean);
  if (clash) throw validation({ ballots: clash });
  if (ballots.length + input.invalidBallots !== input.ballotsReturned)
    throw validation({
      ballots: `逐张选票：登记 ${ballots.length} 张、另有无效票 ${input.invalidBallots} 张，与收回选票 ${input.ballotsReturned} 张不符`,
    });
  const t = tallyBallots(
    ballots,
    seats,
    standing.map((c) => c.id),
  );
  return {
    rows: [
      ...standing.map((c) => ({
        candidateId: c.id,
        writeInName: null,
        votesFor: t.candidates[c.id].for,
        votesAgainst: t.candidates[c.id].against,
        votesAbstain: t.candidates[c.id].abstain,
      })),
      ...Object.entries(t.writeIns).map(([name, x]) => ({
        candidateId: null,
        writeInName: name,
        votesFor: x.for,
        votesAgainst: 0,
        votesAbstain: 0,
      })),
    ],
    invalid: input.invalidBallots + t.void,
  };
}

/** Rows from the paper tally sheet: every candidate standing once, each name written in once. */
function rowsFromSheet(
  input: ElectionRoundInput,
  results: NonNullable<ElectionRoundInput["results"]>,
  standing: readonly Candidate[],
): { rows: RoundRow[]; invalid: number } {
  const ids = new Set(standing.map((c) => c.id));
  const given = results.flatMap((r) => (r.candidateId ? [r.candidateId] : []));
  if (given.some((id) => !ids.has(id))) throw validation({ results: "计票结果：有不是本轮候选人的编号" });
  if (new Set(given).size !== given.length) throw validation({ results: "计票结果：同一候选人登记了两次" });
  const writeIns = results.flatMap((r) => (r.writeInName ? [r.writeInName] : []));
  if (new Set(writeIns).size !== writeIns.length) throw validation({ results: "计票结果：同一另选人登记了两次" });
  const clash = writeIns.map(writeInClashWith(standing)).find(Boolean);
  if (clash) throw validation({ results: clash });
  // A void round may be stored without a count; otherwise every candidate standing has a line on the sheet.
  if (!(results.length === 0 && isRoundVoid(input.ballotsIssued, input.ballotsReturned)) && given.length !== ids.size)
    throw validation({ results: `计票结果：须登记本轮全部 ${ids.size} 名候选人的得票` });
  return {
    rows: results.map((r) => ({
      candidateId: r.candidateId ?? null,
      writeInName: r.writeInName ?? null,
      votesFor: r.votesFor,
      votesAgainst: r.votesAgainst ?? 0,
      votesAbstain: r.votesAbstain ?? 0,
    })),
    invalid: input.invalidBallots,
  };
}

/** The rows to store, from the tally sheet or from the ballots, and the invalid ballots they imply. */
export function roundRows(
  input: ElectionRoundInput,
  standing: readonly Candidate[],
  seats: number,
): { rows: RoundRow[]; invalid: number } {
  return input.ballots
    ? rowsFromBallots(input, input.ballots, standing, seats)
    : rowsFromSheet(input, input.results!, standing);
}

/**
 * The totals must fit the ballots: no more invalid than returned, no line with more votes than valid
 * ballots, and no more "for" in all than valid ballots × seats (each ballot says "for" to at most `seats`).
 */
export function checkRoundTotals(
  rows: readonly RoundRow[],
  invalid: number,
  ballotsReturned: number,
  seats: number,
  standing: readonly Candidate[],
): void {
  if (invalid > ballotsReturned) throw validation({ invalidBallots: "无效票：不能多于收回的选票" });
  const valid = ballotsReturned - invalid;
  const over = rows.find((r) => r.votesFor + r.votesAgainst + r.votesAbstain > valid);
  if (over)
    throw validation({
      results: `计票结果：${over.candidateId ? standing.find((c) => c.id === over.candidateId)!.name : over.writeInName} 的赞成、反对、弃权合计超过有效票 ${valid} 张`,
    });
  const totalFor = rows.reduce((n, r) => n + r.votesFor, 0);
  if (totalFor > valid * seats)
    throw validation({ results: `计票结果：赞成票合计 ${totalFor} 张，超过有效票 ${valid} 张 × 应选 ${seats} 名` });
}
