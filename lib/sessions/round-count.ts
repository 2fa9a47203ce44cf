// What one election round's count says, checked before anything is stored: who stands, the rows
// keyed in from the tally sheet (计票单) or from the ballots one by one, and the totals they imply.
// Pure: no database, so recordRound (lib/sessions/elections.ts) only loads, checks and writes.
import { validation } from "@/lib/http/errors";
import { isRoundVoid, tallyBallots } from "@/lib/sessions/rules";
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

/**
 * Who stands in this round: everyone in the first round; in a further round (另行选举) the candidates
 * the office chose, or by default those left over from the last round. Never fewer than the open seats.
 */
export function standingCandidates<C extends Candidate>(
  election: { candidates: readonly C[] },
  state: { roundNo: number; seatsUnfilled: number; electedIds: readonly (string | null)[]; defaultIds: string[] },
  chosen: readonly string[] | undefined,
): C[] {
  let ids = state.roundNo === 1 ? election.candidates.map((c) => c.id) : state.defaultIds;
  if (chosen) {
    if (state.roundNo === 1) throw validation({ candidateIds: "另行选举候选人：第一轮由全部候选人参加" });
    const elected = new Set(state.electedIds);
    const bad = chosen.find((id) => !election.candidates.some((c) => c.id === id) || elected.has(id));
    if (bad) throw validation({ candidateIds: "另行选举候选人：只能从本次选举尚未当选的候选人中选择" });
    ids = [...new Set(chosen)];
  }
  if (ids.length < state.seatsUnfilled)
    throw validation({
      candidateIds: `另行选举候选人：候选人 ${ids.length} 名，少于待选名额 ${state.seatsUnfilled} 名`,
    });
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
