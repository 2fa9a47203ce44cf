import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/http/errors";
import {
  checkRoundTotals,
  heldRoundOutcome,
  nextRound,
  resultKey,
  roundRows,
  standingCandidates,
  type HeldRound,
  type NextRound,
} from "@/lib/sessions/round-count";
import type { ElectionRoundInput } from "@/lib/sessions/election-schema";

const A = { id: "a", name: "张三" };
const B = { id: "b", name: "李四" };
const C = { id: "c", name: "王五" };
const election = { candidates: [A, B, C] };
const round = (x: Partial<ElectionRoundInput>): ElectionRoundInput => ({
  ballotsIssued: 10,
  ballotsReturned: 10,
  invalidBallots: 0,
  ...x,
});

/** The field → message map a validation error carries. */
function fieldsOf(f: () => unknown): Record<string, string> {
  try {
    f();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).fields ?? {};
  }
  throw new Error("expected a validation error");
}

describe("standingCandidates", () => {
  const el = { ...election, context: "BY_ELECTION" as const, post: "OTHER" as const };
  const first: NextRound = { roundNo: 1, kind: "FIRST", seats: 2, candidateIds: ["a", "b", "c"], open: false };
  const further: NextRound = { roundNo: 2, kind: "FURTHER", seats: 1, candidateIds: ["b"], open: true };

  it("puts every candidate in the first round and refuses a choice there", () => {
    expect(standingCandidates(el, first, undefined, [])).toEqual([A, B, C]);
    expect(fieldsOf(() => standingCandidates(el, first, ["a", "b"], []))).toHaveProperty("candidateIds");
  });

  it("takes those left over in 另行选举, or the office's choice of those not elected", () => {
    expect(standingCandidates(el, further, undefined, ["a"])).toEqual([B]);
    expect(standingCandidates(el, further, ["c", "b", "c"], ["a"])).toEqual([B, C]);
    expect(fieldsOf(() => standingCandidates(el, further, ["a"], ["a"])).candidateIds).toContain("尚未当选");
    expect(fieldsOf(() => standingCandidates(el, further, ["x"], ["a"])).candidateIds).toContain("尚未当选");
  });

  it("refuses fewer candidates than open seats", () => {
    const msg = fieldsOf(() => standingCandidates(el, { ...further, seats: 2 }, undefined, ["a"]));
    expect(msg.candidateIds).toContain("候选人 1 名，应选 2 名");
  });

  it("另行选举 of a 副职 needs 差额 again (地方组织法 第二十九条第三款): one candidate for one seat is refused", () => {
    const vice = { ...el, post: "VICE" as const };
    expect(fieldsOf(() => standingCandidates(vice, further, undefined, ["a"])).candidateIds).toContain("差额");
    expect(standingCandidates(vice, further, ["b", "c"], ["a"])).toEqual([B, C]);
  });

  it("重新投票 and 再次投票 keep their candidates: another choice is refused", () => {
    const revote: NextRound = { roundNo: 2, kind: "REVOTE", seats: 1, candidateIds: ["a", "b"], open: false };
    expect(standingCandidates(el, revote, undefined, [])).toEqual([A, B]);
    expect(fieldsOf(() => standingCandidates(el, revote, ["a", "c"], [])).candidateIds).toContain(
      "重新投票由原候选人参加",
    );
    const runoff: NextRound = { roundNo: 2, kind: "RUNOFF", seats: 1, candidateIds: ["b", "c"], open: false };
    expect(fieldsOf(() => standingCandidates(el, runoff, ["a", "b", "c"], [])).candidateIds).toContain(
      "再次投票只就票数相等的候选人进行",
    );
  });
});

describe("nextRound: 重新投票, 再次投票 and 另行选举 kept apart (地方组织法 第二十九条)", () => {
  const cands = [A, B, C].map((c) => ({ id: c.id, nominatedForRound: null }));
  const e = { seats: 1, candidates: cands };
  const held = (x: Partial<HeldRound> & Pick<HeldRound, "results">): HeldRound => ({
    roundNo: 1,
    kind: "FIRST",
    seats: 1,
    standingIds: ["a", "b", "c"],
    void: false,
    sittingAtRound: 10,
    ...x,
  });
  const res = (id: string, votesFor: number, elected = false) => ({
    candidateId: id,
    writeInName: null,
    votesFor,
    elected,
  });

  it("starts with 第一次投票 of every candidate", () => {
    expect(nextRound(e, [], true)).toEqual({
      roundNo: 1,
      kind: "FIRST",
      seats: 1,
      candidateIds: ["a", "b", "c"],
      open: false,
    });
  });

  it("a void round (more ballots returned than issued) is held again with the same candidates and seats", () => {
    const runoff = held({ roundNo: 2, kind: "RUNOFF", standingIds: ["b", "c"], void: true, results: [] });
    const before = held({ results: [res("a", 3), res("b", 6), res("c", 6)] });
    expect(nextRound({ ...e, seats: 1 }, [before, runoff], true)).toEqual({
      roundNo: 3,
      kind: "REVOTE",
      seats: 1,
      candidateIds: ["b", "c"],
      open: false,
    });
  });

  it("a tie at the last seat is re-voted among the tied only (再次投票), not sent to 另行选举", () => {
    // Two seats, 10 deputies: 张三 7 elected; 李四 and 王五 6 each — both over the majority, one seat left.
    const r = held({ seats: 2, results: [res("a", 7, true), res("b", 6), res("c", 6)] });
    expect(nextRound({ ...e, seats: 2 }, [r], true)).toEqual({
      roundNo: 2,
      kind: "RUNOFF",
      seats: 1,
      candidateIds: ["b", "c"],
      open: false,
    });
  });

  it("再次投票 elects the most votes; with the setting at 0 even without a fresh majority of all", () => {
    const first = held({ results: [res("a", 6), res("b", 6), res("c", 0)] });
    const runoff = held({ roundNo: 2, kind: "RUNOFF", standingIds: ["a", "b"], results: [res("a", 5), res("b", 4)] });
    expect(heldRoundOutcome([first, runoff], 1, false).elected).toEqual(["a"]);
    expect(heldRoundOutcome([first, runoff], 1, true).elected).toEqual([]);
    // A void runoff held again decides the same way as the runoff it repeats.
    const voided = { ...runoff, void: true, results: [] };
    const again = held({ roundNo: 3, kind: "REVOTE", standingIds: ["a", "b"], results: [res("a", 5), res("b", 4)] });
    expect(heldRoundOutcome([first, voided, again], 2, false).elected).toEqual(["a"]);
    // Still tied: 再次投票 again.
    const tiedAgain = { ...runoff, results: [res("a", 5), res("b", 5)] };
    expect(nextRound(e, [first, tiedAgain], false)).toMatchObject({ kind: "RUNOFF", candidateIds: ["a", "b"] });
  });

  it("seats a valid round left open go to 另行选举, open to new nominees for that round", () => {
    const r = held({ results: [res("a", 4), res("b", 3), res("c", 2)] });
    const withNew = { seats: 1, candidates: [...cands, { id: "d", nominatedForRound: 2 }] };
    expect(nextRound(withNew, [r], true)).toEqual({
      roundNo: 2,
      kind: "FURTHER",
      seats: 1,
      candidateIds: ["a", "b", "c", "d"],
      open: true,
    });
  });

  it("nothing is next once every seat is filled", () => {
    expect(nextRound(e, [held({ results: [res("a", 8, true), res("b", 1), res("c", 1)] })], true)).toBeNull();
  });
});

describe("roundRows", () => {
  it("keeps the tally sheet's lines, missing against/abstain as 0", () => {
    const { rows, invalid } = roundRows(
      round({
        invalidBallots: 1,
        results: [
          { candidateId: "a", votesFor: 6 },
          { candidateId: "b", votesFor: 3, votesAgainst: 2, votesAbstain: 1 },
          { writeInName: "赵六", votesFor: 1 },
        ],
      }),
      [A, B],
      1,
    );
    expect(invalid).toBe(1);
    expect(rows).toEqual([
      { candidateId: "a", writeInName: null, votesFor: 6, votesAgainst: 0, votesAbstain: 0 },
      { candidateId: "b", writeInName: null, votesFor: 3, votesAgainst: 2, votesAbstain: 1 },
      { candidateId: null, writeInName: "赵六", votesFor: 1, votesAgainst: 0, votesAbstain: 0 },
    ]);
  });

  it("refuses a sheet with a stranger, a candidate twice, a candidate missing or a candidate written in", () => {
    const sheet = (results: ElectionRoundInput["results"]) => () => roundRows(round({ results }), [A, B], 1);
    expect(fieldsOf(sheet([{ candidateId: "c", votesFor: 1 }])).results).toContain("不是本轮候选人");
    expect(
      fieldsOf(
        sheet([
          { candidateId: "a", votesFor: 1 },
          { candidateId: "a", votesFor: 1 },
        ]),
      ).results,
    ).toContain("登记了两次");
    expect(fieldsOf(sheet([{ candidateId: "a", votesFor: 1 }])).results).toContain("全部 2 名候选人");
    expect(
      fieldsOf(
        sheet([
          { candidateId: "a", votesFor: 1 },
          { candidateId: "b", votesFor: 1 },
          { writeInName: "张三", votesFor: 1 },
        ]),
      ).results,
    ).toContain("张三 是本轮候选人");
  });

  it("allows an empty sheet only for a void round", () => {
    expect(roundRows(round({ ballotsReturned: 11, results: [] }), [A, B], 1).rows).toEqual([]);
    expect(fieldsOf(() => roundRows(round({ results: [] }), [A, B], 1))).toHaveProperty("results");
  });

  it("counts ballots one by one, a ballot with too many 'for' as invalid", () => {
    const { rows, invalid } = roundRows(
      round({
        ballotsReturned: 3,
        invalidBallots: 1,
        ballots: [
          { marks: { a: "FOR" }, writeIns: [] },
          { marks: { a: "FOR", b: "FOR" }, writeIns: [] },
        ],
      }),
      [A, B],
      1,
    );
    expect(invalid).toBe(2);
    expect(rows.find((r) => r.candidateId === "a")).toMatchObject({ votesFor: 1, votesAbstain: 0 });
    expect(rows.find((r) => r.candidateId === "b")).toMatchObject({ votesFor: 0, votesAbstain: 1 });
  });

  it("refuses ballots that do not add up to those returned", () => {
    const msg = fieldsOf(() =>
      roundRows(round({ ballotsReturned: 3, ballots: [{ marks: { a: "FOR" }, writeIns: [] }] }), [A, B], 1),
    );
    expect(msg.ballots).toContain("登记 1 张、另有无效票 0 张，与收回选票 3 张不符");
  });
});

describe("checkRoundTotals", () => {
  const row = (candidateId: string, votesFor: number, votesAgainst = 0) => ({
    candidateId,
    writeInName: null,
    votesFor,
    votesAgainst,
    votesAbstain: 0,
  });

  it("accepts totals that fit the valid ballots", () => {
    expect(() => checkRoundTotals([row("a", 8, 1), row("b", 9)], 1, 10, 2, [A, B])).not.toThrow();
  });

  it("refuses more invalid than returned, a line over the valid ballots, too many 'for' in all", () => {
    expect(fieldsOf(() => checkRoundTotals([], 11, 10, 1, [A]))).toHaveProperty("invalidBallots");
    expect(fieldsOf(() => checkRoundTotals([row("a", 9, 1)], 1, 10, 1, [A])).results).toContain("张三 的赞成");
    expect(fieldsOf(() => checkRoundTotals([row("a", 6), row("b", 5)], 0, 10, 1, [A, B])).results).toContain(
      "赞成票合计 11 张",
    );
  });
});

it("keys write-ins apart from candidates", () => {
  expect(resultKey({ candidateId: "a", writeInName: null })).toBe("a");
  expect(resultKey({ candidateId: null, writeInName: "a" })).toBe("writeIn:a");
});
