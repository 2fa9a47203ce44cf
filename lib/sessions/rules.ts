// Pure rules for congress sessions: quorum, majorities, elections. Integers only — "以上" and
// "以下" include the number itself (民法典 Art. 1259), so thresholds are compared with >= on
// cross-multiplied integers, never with floating point.

/** A fraction of sitting deputies, e.g. 2/3 for the quorum. */
export interface Fraction {
  numerator: number;
  denominator: number;
}

export const TWO_THIRDS: Fraction = { numerator: 2, denominator: 3 };
export const ONE_FIFTH: Fraction = { numerator: 1, denominator: 5 };

/**
 * 地方组织法 Art. 14 (乡镇人大会议有三分之二以上的代表出席，始得举行): the session may open, and a
 * vote may be taken, only with at least two thirds of the sitting deputies present.
 */
export function hasQuorum(present: number, sitting: number, f: Fraction = TWO_THIRDS): boolean {
  return sitting > 0 && present * f.denominator >= sitting * f.numerator;
}

/** The smallest number present that makes the quorum: ceil(sitting × 2/3), in integers. */
export function quorumRequired(sitting: number, f: Fraction = TWO_THIRDS): number {
  return Math.floor((sitting * f.numerator + f.denominator - 1) / f.denominator);
}

/**
 * 地方组织法 Art. 25: a resolution passes with more than half of ALL deputies (not of those
 * present). The same "more than half of all deputies" elects a candidate (选举法 Art. 45).
 */
export function isMajorityOfAll(votesFor: number, sitting: number): boolean {
  return votesFor * 2 > sitting;
}

export function majorityRequired(sitting: number): number {
  return Math.floor(sitting / 2) + 1;
}

/** 地方组织法 Art. 14: an extraordinary session when at least one fifth of the deputies propose it. */
export function extraordinaryRequestSufficient(requesters: number, sitting: number, f: Fraction = ONE_FIFTH): boolean {
  return sitting > 0 && requesters * f.denominator >= sitting * f.numerator;
}

export type VoteProblem = "NO_QUORUM" | "MORE_THAN_PRESENT" | "NEGATIVE";

/** A resolution's tally: quorum re-checked, and for + against + abstain cannot exceed those present. */
export function voteProblem(
  t: { for: number; against: number; abstain: number },
  present: number,
  sitting: number,
  f: Fraction = TWO_THIRDS,
): VoteProblem | null {
  if (t.for < 0 || t.against < 0 || t.abstain < 0) return "NEGATIVE";
  if (!hasQuorum(present, sitting, f)) return "NO_QUORUM";
  if (t.for + t.against + t.abstain > present) return "MORE_THAN_PRESENT";
  return null;
}

// ── Elections ───────────────────────────────────────────────────────────────

export interface CandidateTally {
  candidateId: string;
  votesFor: number;
}

/** 选举法 Art. 44: a round in which more ballots came back than were issued is void. */
export function isRoundVoid(ballotsIssued: number, ballotsReturned: number): boolean {
  return ballotsReturned > ballotsIssued;
}

/** A single ballot marking more candidates "for" than there are seats is void. */
export function isBallotVoid(marksFor: number, seats: number): boolean {
  return marksFor > seats;
}

export interface RoundOutcome {
  elected: string[];
  /** Seats still to fill in a further round (另行选举). */
  unfilledSeats: number;
  /** Candidates over the majority but tied at the last seat: none of them is elected this round. */
  tied: string[];
}

/**
 * Who is elected in a round: candidates with more than half of all sitting deputies' votes; if
 * more pass than there are seats, the most votes win; a tie at the last seat elects none of the
 * tied, and their seats go to a further round.
 */
export function electionOutcome(tallies: readonly CandidateTally[], seats: number, sitting: number): RoundOutcome {
  const passing = tallies.filter((t) => isMajorityOfAll(t.votesFor, sitting)).sort((a, b) => b.votesFor - a.votesFor);
  if (passing.length <= seats)
    return { elected: passing.map((t) => t.candidateId), unfilledSeats: seats - passing.length, tied: [] };
  const cutoff = passing[seats - 1].votesFor;
  const above = passing.filter((t) => t.votesFor > cutoff);
  const atCutoff = passing.filter((t) => t.votesFor === cutoff);
  if (above.length + atCutoff.length <= seats)
    return {
      elected: [...above, ...atCutoff].map((t) => t.candidateId),
      unfilledSeats: seats - above.length - atCutoff.length,
      tied: [],
    };
  return {
    elected: above.map((t) => t.candidateId),
    unfilledSeats: seats - above.length,
    tied: atCutoff.map((t) => t.candidateId),
  };
}

// ── Ballot-by-ballot entry ──────────────────────────────────────────────────

export type BallotMark = "FOR" | "AGAINST" | "ABSTAIN";

/** One secret ballot as read out by the counters: a mark per candidate and any names written in (另选他人). */
export interface Ballot {
  marks: Readonly<Record<string, BallotMark>>;
  writeIns: readonly string[];
}

export interface MarkTotals {
  for: number;
  against: number;
  abstain: number;
}

export interface BallotTally {
  /** Per candidate id; with `candidateIds` given, every listed candidate appears (zeros included). */
  candidates: Record<string, MarkTotals>;
  /** Per name written in; a write-in only ever counts "for". */
  writeIns: Record<string, MarkTotals>;
  valid: number;
  void: number;
}

const zero = (): MarkTotals => ({ for: 0, against: 0, abstain: 0 });
const KEY: Record<BallotMark, keyof MarkTotals> = { FOR: "for", AGAINST: "against", ABSTAIN: "abstain" };

/**
 * Adds up ballots entered one by one. 选举法 Art. 44: a ballot choosing more people than there are
 * seats (marks "for" plus names written in) is void and counts for nobody. With `candidateIds`,
 * a candidate left unmarked on a valid ballot counts as an abstention (不划符号的视为弃权), so each
 * candidate's for + against + abstain equals the valid ballots.
 */
export function tallyBallots(ballots: readonly Ballot[], seats: number, candidateIds?: readonly string[]): BallotTally {
  const candidates: Record<string, MarkTotals> = Object.fromEntries((candidateIds ?? []).map((id) => [id, zero()]));
  const writeIns: Record<string, MarkTotals> = {};
  let valid = 0;
  let voided = 0;
  for (const ballot of ballots) {
    const names = [...new Set(ballot.writeIns.map((n) => n.trim()).filter(Boolean))];
    const marksFor = Object.values(ballot.marks).filter((m) => m === "FOR").length;
    if (isBallotVoid(marksFor + names.length, seats)) {
      voided++;
      continue;
    }
    valid++;
    for (const [id, mark] of Object.entries(ballot.marks)) (candidates[id] ??= zero())[KEY[mark]]++;
    for (const id of candidateIds ?? []) if (!(id in ballot.marks)) candidates[id].abstain++;
    for (const name of names) (writeIns[name] ??= zero()).for++;
  }
  return { candidates, writeIns, valid, void: voided };
}

// ---- The session's own record: 开幕, 撤销开幕, its place in the term (issue 13) ----

/** A session is held within its term: both days inside the term's start and end. */
export function outsideTerm(term: { startDate: Date; endDate: Date }, day: Date): boolean {
  return day.getTime() < term.startDate.getTime() || day.getTime() > term.endDate.getTime();
}

/**
 * 开幕 before the scheduled start date is the office's decision and must say why (our practice, not
 * the law): the reason is kept with the session and in the audit trail. Returns the problem, or null.
 */
export function earlyOpeningProblem(startDate: Date, today: Date, reason: string | null | undefined): string | null {
  if (today.getTime() >= startDate.getTime() || (reason ?? "").trim()) return null;
  return "会议尚未到预定的开幕日期，提前开幕须写明原因";
}

/**
 * 撤销开幕 (an opening clicked by mistake): only on the day it was opened, and only while nothing has
 * been voted or elected — after that the record stands and is corrected as events. True, or why not.
 */
export function revokeOpeningVerdict(openedDay: Date | null, today: Date, recorded: number): true | string {
  if (!openedDay || openedDay.getTime() !== today.getTime()) return "只能在开幕当天撤销开幕";
  if (recorded > 0) return "会议已有表决或选举结果，不能撤销开幕";
  return true;
}

/** The summary shown before 开幕: checklist items still open, and whether it is before the start date. */
export function openingSummary(openItems: readonly string[], startDate: Date, today: Date): string[] {
  const lines = [
    openItems.length
      ? `筹备清单尚有 ${openItems.length} 项未完成：${openItems.slice(0, 5).join("、")}${openItems.length > 5 ? " 等" : ""}`
      : "筹备清单已全部完成",
  ];
  if (today.getTime() < startDate.getTime()) lines.push("今天早于预定的开幕日期，提前开幕须写明原因");
  return lines;
}
