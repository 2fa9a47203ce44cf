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
 * 地方组织法 第十四条第四款: "地方各级人民代表大会会议有三分之二以上的代表出席，始得举行" — the session may
 * open only with two thirds of the sitting deputies present. Checking it again at each vote and round is our
 * safeguard, not the article's words.
 */
export function hasQuorum(present: number, sitting: number, f: Fraction = TWO_THIRDS): boolean {
  return sitting > 0 && present * f.denominator >= sitting * f.numerator;
}

/** The smallest number present that makes the quorum: ceil(sitting × 2/3), in integers. */
export function quorumRequired(sitting: number, f: Fraction = TWO_THIRDS): number {
  return Math.floor((sitting * f.numerator + f.denominator - 1) / f.denominator);
}

/**
 * 地方组织法 第二十五条: "进行选举和通过决议，以全体代表的过半数通过" — of ALL deputies, not of those
 * present; it is also what elects a candidate (with 第二十九条 for more passing than seats).
 */
export function isMajorityOfAll(votesFor: number, sitting: number): boolean {
  return votesFor * 2 > sitting;
}

export function majorityRequired(sitting: number): number {
  return Math.floor(sitting / 2) + 1;
}

/** 地方组织法 第十四条第三款: "经过五分之一以上代表提议" — the count that a deputies' proposal needs. */
export function extraordinaryRequestSufficient(requesters: number, sitting: number, f: Fraction = ONE_FIFTH): boolean {
  return sitting > 0 && requesters * f.denominator >= sitting * f.numerator;
}

export type ExtraordinaryCallBy = "PRESIDIUM" | "DEPUTIES";

/**
 * 地方组织法 第十四条第三款: "乡、民族乡、镇的人民代表大会主席团认为必要，或者经过五分之一以上代表提议，可以临时召集本级
 * 人民代表大会会议" — the presidium may call one on its own decision; the one-fifth count applies only to a
 * deputies' proposal. Null when the call stands, else what is missing.
 */
export function extraordinaryCallProblem(
  call: { by: ExtraordinaryCallBy; requestedBy?: number | null },
  sitting: number,
  f: Fraction = ONE_FIFTH,
): "TOO_FEW_DEPUTIES" | null {
  if (call.by === "PRESIDIUM") return null;
  return extraordinaryRequestSufficient(call.requestedBy ?? 0, sitting, f) ? null : "TOO_FEW_DEPUTIES";
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

/**
 * 选举法 第四十四条第一款 ("每次选举所投的票数，多于投票人数的无效"), applied to a township congress's elections by
 * analogy: a round with more ballots returned than issued is void and is held again (重新投票).
 */
export function isRoundVoid(ballotsIssued: number, ballotsReturned: number): boolean {
  return ballotsReturned > ballotsIssued;
}

/** 选举法 第四十四条第二款 (by analogy): a ballot choosing more people than there are seats is void (作废). */
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
 * Who is elected in a round. 地方组织法 第二十五条: more than half of all sitting deputies' votes; 第二十九条第一款:
 * "获得过半数选票的候选人人数超过应选名额时，以得票多的当选。如遇票数相等不能确定当选人时，应当就票数相等的人再次投票" — a
 * tie at the last seat elects none of the tied: they go to 再次投票 (`tied`), not to 另行选举. Seats left open
 * by too few votes (`unfilledSeats` beyond the tied ones) go to 另行选举 (第二十九条第二款).
 *
 * `majority: false` is 再次投票 when the setting says "以得票多的当选" alone decides (the article does not say
 * whether a fresh majority of all is needed): then the most votes win among those with any.
 */
export function electionOutcome(
  tallies: readonly CandidateTally[],
  seats: number,
  sitting: number,
  opts: { majority: boolean } = { majority: true },
): RoundOutcome {
  const passes = (t: CandidateTally) => (opts.majority ? isMajorityOfAll(t.votesFor, sitting) : t.votesFor > 0);
  const passing = tallies.filter(passes).sort((a, b) => b.votesFor - a.votesFor);
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
 * Adds up ballots entered one by one. 选举法 第四十四条第二款 (by analogy): a ballot choosing more people than there are
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

// ── How many candidates (等额 / 差额) ─────────────────────────────────────────

export type ElectionContext = "GENERAL" | "BY_ELECTION";
export type ElectionPost = "PRINCIPAL" | "VICE" | "OTHER";

export interface CandidateRange {
  min: number;
  /** Null: no upper bound in the law. */
  max: number | null;
  /** The article in its own words, for the message. */
  rule: string;
}

/**
 * How many candidates a ballot may carry.
 * - 换届, 正职 (主席、乡镇长): 地方组织法 第二十七条第一款 "候选人数可以多一人，进行差额选举；如果提名的候选人只有一人，也可以等额选举".
 * - 换届, 副职 (副主席、副乡镇长): 同款 "候选人数应比应选人数多一人至三人" — more nominated than that goes to 预选 first.
 * - 另行选举 of a 副职: 第二十九条第三款 "依照本法第二十七条第一款的规定，确定差额数，进行差额选举".
 * - 补选: 第三十条 "候选人数可以多于应选人数，也可以同应选人数相等".
 * Never fewer candidates than seats.
 */
export function candidateRange(
  e: { context: ElectionContext; post: ElectionPost },
  seats: number,
  further = false,
): CandidateRange {
  if (e.post === "VICE" && (e.context === "GENERAL" || further))
    return {
      min: seats + 1,
      max: seats + 3,
      rule: further
        ? "另行选举副职，依照地方组织法第二十七条第一款确定差额数，进行差额选举（第二十九条第三款）"
        : "副职的候选人数应比应选人数多一人至三人（地方组织法第二十七条第一款）",
    };
  if (e.post === "PRINCIPAL" && e.context === "GENERAL" && !further)
    return {
      min: seats,
      max: seats + 1,
      rule: "正职的候选人数可以多一人，进行差额选举；提名的候选人只有一人的，也可以等额选举（地方组织法第二十七条第一款）",
    };
  return {
    min: seats,
    max: null,
    rule:
      e.context === "BY_ELECTION"
        ? "补选时候选人数可以多于应选人数，也可以同应选人数相等（地方组织法第三十条）"
        : "候选人数不得少于应选人数",
  };
}

/** Null when `candidates` fits the range, else the Chinese reason. */
export function candidateCountProblem(range: CandidateRange, candidates: number, seats: number): string | null {
  if (candidates < range.min)
    return `候选人 ${candidates} 名，应选 ${seats} 名：${range.rule}，至少须有 ${range.min} 名`;
  if (range.max !== null && candidates > range.max)
    return `候选人 ${candidates} 名，应选 ${seats} 名：${range.rule}，至多 ${range.max} 名；提名人数超过的，先进行预选确定正式候选人`;
  return null;
}

// ── Corrected and withdrawn records (更正 / 作废) ───────────────────────────

export type RecordState = "CURRENT" | "CORRECTED" | "REVOKED";

/** A vote or a round keyed in: current, replaced by a correction (更正), or withdrawn (作废). Both stay shown. */
export function recordState(r: { supersededAt: Date | null; revokedAt: Date | null }): RecordState {
  return r.revokedAt ? "REVOKED" : r.supersededAt ? "CORRECTED" : "CURRENT";
}

export const isCurrent = (r: { supersededAt: Date | null; revokedAt: Date | null }) => recordState(r) === "CURRENT";

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
