import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  electionOutcome,
  candidateCountProblem,
  candidateRange,
  extraordinaryCallProblem,
  extraordinaryRequestSufficient,
  isCurrent,
  recordState,
  hasQuorum,
  isBallotVoid,
  isMajorityOfAll,
  isRoundVoid,
  majorityRequired,
  quorumRequired,
  tallyBallots,
  voteProblem,
  type Ballot,
} from "@/lib/sessions/rules";
import { ElectionCreateInput, ElectionRoundInput } from "@/lib/sessions/election-schema";

const roster = fc.integer({ min: 1, max: 2000 });
const rosterAndCount = roster.chain((s) => fc.tuple(fc.constant(s), fc.integer({ min: 0, max: s })));

describe("quorum (地方组织法 第十四条第四款: 有三分之二以上的代表出席，始得举行)", () => {
  it("54 sitting need 36 present; 35 is refused", () => {
    expect(quorumRequired(54)).toBe(36);
    expect(hasQuorum(36, 54)).toBe(true);
    expect(hasQuorum(35, 54)).toBe(false);
  });

  it("45 sitting need 30 present (exactly two thirds is enough: 以上 includes the number)", () => {
    expect(quorumRequired(45)).toBe(30);
    expect(hasQuorum(30, 45)).toBe(true);
    expect(hasQuorum(29, 45)).toBe(false);
  });

  it("the documents' session: 54 deputies, 1 transferred away (53 sitting), 1 on leave, 52 present — a quorum", () => {
    expect(hasQuorum(52, 53)).toBe(true);
  });

  it("no sitting deputies: never a quorum", () => {
    expect(hasQuorum(0, 0)).toBe(false);
  });

  it("property: hasQuorum(p, s) ⇔ p ≥ quorumRequired(s), for rosters of 1..2000", () => {
    fc.assert(fc.property(rosterAndCount, ([s, p]) => hasQuorum(p, s) === p >= quorumRequired(s)));
  });

  it("property: quorumRequired(s) is the least number present that makes a quorum", () => {
    fc.assert(fc.property(roster, (s) => hasQuorum(quorumRequired(s), s) && !hasQuorum(quorumRequired(s) - 1, s)));
  });

  it("property: agrees with the exact rational comparison p/s ≥ 2/3 done in BigInt", () => {
    fc.assert(fc.property(rosterAndCount, ([s, p]) => hasQuorum(p, s) === BigInt(p) * 3n >= BigInt(s) * 2n));
  });
});

describe("majority of all deputies (地方组织法 第二十五条: 以全体代表的过半数通过 — of ALL, not of those present)", () => {
  it("54 sitting need 28 votes; 27 fails even when only 40 are present", () => {
    expect(majorityRequired(54)).toBe(28);
    expect(isMajorityOfAll(28, 54)).toBe(true);
    expect(isMajorityOfAll(27, 54)).toBe(false);
    // 27 of 40 present is well over half of those present, and still not a majority of all.
    expect(27 * 2 > 40).toBe(true);
  });

  it("45 sitting need 23; 46 sitting need 24 (exactly half is not more than half)", () => {
    expect(majorityRequired(45)).toBe(23);
    expect(isMajorityOfAll(22, 45)).toBe(false);
    expect(majorityRequired(46)).toBe(24);
    expect(isMajorityOfAll(23, 46)).toBe(false);
    expect(isMajorityOfAll(24, 46)).toBe(true);
  });

  it("property: isMajorityOfAll(v, s) ⇔ v ≥ majorityRequired(s)", () => {
    fc.assert(fc.property(rosterAndCount, ([s, v]) => isMajorityOfAll(v, s) === v >= majorityRequired(s)));
  });

  it("property: agrees with the exact rational comparison v/s > 1/2 done in BigInt", () => {
    fc.assert(fc.property(rosterAndCount, ([s, v]) => isMajorityOfAll(v, s) === BigInt(v) * 2n > BigInt(s)));
  });

  it("property: majorityRequired(s) is the least passing count", () => {
    fc.assert(
      fc.property(
        roster,
        (s) => isMajorityOfAll(majorityRequired(s), s) && !isMajorityOfAll(majorityRequired(s) - 1, s),
      ),
    );
  });
});

describe("voteProblem (quorum re-checked at the vote — our safeguard; 第二十五条; no more votes than deputies present)", () => {
  it("a tally within those present, with a quorum, is fine", () => {
    expect(voteProblem({ for: 30, against: 5, abstain: 5 }, 40, 54)).toBeNull();
  });

  it("for + against + abstain over those present is refused", () => {
    expect(voteProblem({ for: 30, against: 6, abstain: 5 }, 40, 54)).toBe("MORE_THAN_PRESENT");
  });

  it("without a quorum at the vote nothing is counted (35 of 54)", () => {
    expect(voteProblem({ for: 30, against: 0, abstain: 0 }, 35, 54)).toBe("NO_QUORUM");
  });

  it("negative counts are refused before anything else", () => {
    expect(voteProblem({ for: -1, against: 0, abstain: 0 }, 40, 54)).toBe("NEGATIVE");
  });
});

describe("extraordinary session (地方组织法 第十四条第三款: 五分之一以上代表提议)", () => {
  it("exactly one fifth suffices; one fewer does not (54 sitting: 11 needed, 10.8 rounds up)", () => {
    expect(extraordinaryRequestSufficient(9, 45)).toBe(true);
    expect(extraordinaryRequestSufficient(8, 45)).toBe(false);
    expect(extraordinaryRequestSufficient(11, 54)).toBe(true);
    expect(extraordinaryRequestSufficient(10, 54)).toBe(false);
  });

  it("no sitting deputies: never sufficient", () => {
    expect(extraordinaryRequestSufficient(0, 0)).toBe(false);
  });

  it("the presidium may call one on its own decision (主席团认为必要), without any deputies' count", () => {
    expect(extraordinaryCallProblem({ by: "PRESIDIUM" }, 54)).toBeNull();
    expect(extraordinaryCallProblem({ by: "PRESIDIUM", requestedBy: 0 }, 54)).toBeNull();
    expect(extraordinaryCallProblem({ by: "DEPUTIES", requestedBy: 10 }, 54)).toBe("TOO_FEW_DEPUTIES");
    expect(extraordinaryCallProblem({ by: "DEPUTIES", requestedBy: 11 }, 54)).toBeNull();
  });
});

describe("how many candidates (地方组织法 第二十七条、第二十九条第三款、第三十条)", () => {
  const count = (
    context: "GENERAL" | "BY_ELECTION",
    post: "PRINCIPAL" | "VICE" | "OTHER",
    seats: number,
    n: number,
    further = false,
  ) => candidateCountProblem(candidateRange({ context, post }, seats, further), n, seats);

  it("换届: a vice post needs one to three more candidates than seats (差额), never as many", () => {
    expect(count("GENERAL", "VICE", 2, 2)).toContain("多一人至三人");
    expect(count("GENERAL", "VICE", 2, 3)).toBeNull();
    expect(count("GENERAL", "VICE", 2, 5)).toBeNull();
    expect(count("GENERAL", "VICE", 2, 6)).toContain("预选");
  });

  it("换届: the chair or the head may be contested by one more, or 等额 with one nominee", () => {
    expect(count("GENERAL", "PRINCIPAL", 1, 1)).toBeNull();
    expect(count("GENERAL", "PRINCIPAL", 1, 2)).toBeNull();
    expect(count("GENERAL", "PRINCIPAL", 1, 3)).toContain("可以多一人");
  });

  it("补选 may be 等额 (第三十条), also for a vice post; never fewer than the seats", () => {
    expect(count("BY_ELECTION", "VICE", 1, 1)).toBeNull();
    expect(count("BY_ELECTION", "VICE", 2, 1)).toContain("至少须有 2 名");
  });

  it("另行选举 of a vice post is 差额 again (第二十九条第三款)", () => {
    expect(count("GENERAL", "VICE", 1, 1, true)).toContain("第二十九条第三款");
    expect(count("BY_ELECTION", "VICE", 1, 2, true)).toBeNull();
    expect(count("GENERAL", "PRINCIPAL", 1, 1, true)).toBeNull();
  });
});

describe("record state (更正 / 作废: the original stays, only the current counts)", () => {
  it("reads corrected and withdrawn from the record's marks", () => {
    const t = new Date();
    expect(recordState({ supersededAt: null, revokedAt: null })).toBe("CURRENT");
    expect(recordState({ supersededAt: t, revokedAt: null })).toBe("CORRECTED");
    expect(recordState({ supersededAt: null, revokedAt: t })).toBe("REVOKED");
    expect(isCurrent({ supersededAt: t, revokedAt: null })).toBe(false);
  });
});

describe("void round and void ballot (选举法 第四十四条, by analogy)", () => {
  it("more ballots returned than issued voids the round; equal or fewer is valid", () => {
    expect(isRoundVoid(52, 53)).toBe(true);
    expect(isRoundVoid(52, 52)).toBe(false);
    expect(isRoundVoid(52, 50)).toBe(false);
  });

  it("a ballot choosing more people than seats is void; as many as the seats is valid", () => {
    expect(isBallotVoid(2, 1)).toBe(true);
    expect(isBallotVoid(1, 1)).toBe(false);
    expect(isBallotVoid(0, 1)).toBe(false);
  });
});

describe("electionOutcome (地方组织法 第二十五条、第二十九条: majority of all; 再次投票 for a tie; 另行选举 for seats left open)", () => {
  const t = (candidateId: string, votesFor: number) => ({ candidateId, votesFor });

  it("one seat, one candidate over half of all: elected", () => {
    expect(electionOutcome([t("a", 28), t("b", 20)], 1, 54)).toEqual({ elected: ["a"], unfilledSeats: 0, tied: [] });
  });

  it("two pass for one seat: the most votes wins", () => {
    expect(electionOutcome([t("a", 30), t("b", 40)], 1, 54)).toEqual({ elected: ["b"], unfilledSeats: 0, tied: [] });
  });

  it("a tie at the last seat: none of the tied is elected and the seat stays open", () => {
    expect(electionOutcome([t("a", 40), t("b", 30), t("c", 30)], 2, 54)).toEqual({
      elected: ["a"],
      unfilledSeats: 1,
      tied: ["b", "c"],
    });
    expect(electionOutcome([t("a", 30), t("b", 30)], 1, 54)).toEqual({
      elected: [],
      unfilledSeats: 1,
      tied: ["a", "b"],
    });
  });

  it("a tie above the last seat elects both", () => {
    expect(electionOutcome([t("a", 35), t("b", 35), t("c", 29)], 2, 54)).toEqual({
      elected: ["a", "b"],
      unfilledSeats: 0,
      tied: [],
    });
  });

  it("nobody over half of all sitting: the seat is unfilled, even with most of those present", () => {
    expect(electionOutcome([t("a", 27), t("b", 13)], 1, 54)).toEqual({ elected: [], unfilledSeats: 1, tied: [] });
  });

  it("property: never elects more than the seats, and elected + unfilled = seats", () => {
    const arb = fc.record({
      sitting: fc.integer({ min: 1, max: 200 }),
      seats: fc.integer({ min: 1, max: 5 }),
      votes: fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 8 }),
    });
    fc.assert(
      fc.property(arb, ({ sitting, seats, votes }) => {
        const o = electionOutcome(
          votes.map((v, i) => t(`c${i}`, Math.min(v, sitting))),
          seats,
          sitting,
        );
        return o.elected.length <= seats && o.elected.length + o.unfilledSeats === seats;
      }),
    );
  });
});

describe("tallyBallots (ballot by ballot; 选举法 第四十四条第二款 by analogy: a ballot with more choices than seats is void)", () => {
  const b = (marks: Ballot["marks"], writeIns: string[] = []): Ballot => ({ marks, writeIns });

  it("an over-marked ballot is void and counts for nobody", () => {
    const r = tallyBallots(
      [b({ a: "FOR", b: "AGAINST" }), b({ a: "FOR", b: "FOR" }), b({ a: "AGAINST", b: "FOR" })],
      1,
    );
    expect(r.void).toBe(1);
    expect(r.valid).toBe(2);
    expect(r.candidates).toEqual({ a: { for: 1, against: 1, abstain: 0 }, b: { for: 1, against: 1, abstain: 0 } });
  });

  it("a write-in counts as a choice: one FOR plus one name for one seat is void", () => {
    const r = tallyBallots([b({ a: "FOR" }, ["王五"]), b({ a: "AGAINST" }, ["王五"])], 1);
    expect(r.void).toBe(1);
    expect(r.writeIns).toEqual({ 王五: { for: 1, against: 0, abstain: 0 } });
    expect(r.candidates.a).toEqual({ for: 0, against: 1, abstain: 0 });
  });

  it("as many choices as seats is valid", () => {
    const r = tallyBallots([b({ a: "FOR", b: "FOR", c: "AGAINST" })], 2);
    expect(r).toMatchObject({ valid: 1, void: 0 });
  });

  it("with the candidate list, an unmarked candidate abstains and every candidate appears", () => {
    const r = tallyBallots([b({ a: "FOR" }), b({}, ["李四"])], 1, ["a", "b"]);
    expect(r.candidates).toEqual({ a: { for: 1, against: 0, abstain: 1 }, b: { for: 0, against: 0, abstain: 2 } });
    expect(r.writeIns).toEqual({ 李四: { for: 1, against: 0, abstain: 0 } });
  });

  it("a name written twice on one ballot counts once", () => {
    expect(tallyBallots([b({}, ["李四", " 李四"])], 1).writeIns).toEqual({ 李四: { for: 1, against: 0, abstain: 0 } });
  });

  it("property: with the candidate list, each candidate's for + against + abstain equals the valid ballots", () => {
    const mark = fc.constantFrom("FOR", "AGAINST", "ABSTAIN") as fc.Arbitrary<"FOR" | "AGAINST" | "ABSTAIN">;
    const ballot = fc.record({
      marks: fc.dictionary(fc.constantFrom("a", "b", "c"), mark),
      writeIns: fc.array(fc.constantFrom("甲", "乙"), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(ballot, { maxLength: 50 }), fc.integer({ min: 1, max: 3 }), (ballots, seats) => {
        const r = tallyBallots(ballots, seats, ["a", "b", "c"]);
        return (
          r.valid + r.void === ballots.length &&
          Object.values(r.candidates).every((x) => x.for + x.against + x.abstain === r.valid)
        );
      }),
    );
  });
});

describe("election schemas", () => {
  const base = {
    title: "补选镇人大主席",
    seats: 1,
    candidates: [{ name: "张三", nominatedBy: "PRESIDIUM" }],
    scrutineers: ["赵六"],
    counters: ["钱七"],
  };

  it("accepts an equal-candidate (等额) by-election", () => {
    expect(ElectionCreateInput.safeParse(base).success).toBe(true);
  });

  it("refuses fewer candidates than seats (地方组织法 第三十条: 补选可以等额，不得少于应选)", () => {
    const r = ElectionCreateInput.safeParse({ ...base, seats: 2 });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join("."))).toContain("candidates");
  });

  it("换届 of a vice post with as many candidates as seats is refused (地方组织法 第二十七条第一款: 差额)", () => {
    const r = ElectionCreateInput.safeParse({ ...base, context: "GENERAL", post: "VICE" });
    expect(r.success).toBe(false);
    expect(r.error!.issues.find((i) => i.path.join(".") === "candidates")?.message).toContain("多一人至三人");
  });

  it("refuses a candidate serving as scrutineer", () => {
    expect(ElectionCreateInput.safeParse({ ...base, scrutineers: ["张三"] }).success).toBe(false);
  });

  it("requires scrutineers and counters", () => {
    expect(ElectionCreateInput.safeParse({ ...base, scrutineers: [] }).success).toBe(false);
    expect(ElectionCreateInput.safeParse({ ...base, counters: [] }).success).toBe(false);
  });

  it("a round takes the tally sheet or the ballots, not both and not neither", () => {
    const round = { ballotsIssued: 9, ballotsReturned: 9 };
    expect(ElectionRoundInput.safeParse(round).success).toBe(false);
    expect(ElectionRoundInput.safeParse({ ...round, results: [], ballots: [] }).success).toBe(false);
    expect(ElectionRoundInput.safeParse({ ...round, results: [] }).success).toBe(true);
    expect(ElectionRoundInput.safeParse({ ...round, ballots: [] }).success).toBe(true);
  });
});
