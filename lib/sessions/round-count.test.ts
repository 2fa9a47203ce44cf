import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/http/errors";
import { checkRoundTotals, resultKey, roundRows, standingCandidates } from "@/lib/sessions/round-count";
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
  const first = { roundNo: 1, seatsUnfilled: 2, electedIds: [], defaultIds: [] };
  const further = { roundNo: 2, seatsUnfilled: 1, electedIds: ["a"], defaultIds: ["b"] };

  it("puts every candidate in the first round and refuses a choice there", () => {
    expect(standingCandidates(election, first, undefined)).toEqual([A, B, C]);
    expect(fieldsOf(() => standingCandidates(election, first, ["a", "b"]))).toHaveProperty("candidateIds");
  });

  it("takes those left over in a further round, or the office's choice of those not elected", () => {
    expect(standingCandidates(election, further, undefined)).toEqual([B]);
    expect(standingCandidates(election, further, ["c", "b", "c"])).toEqual([B, C]);
    expect(fieldsOf(() => standingCandidates(election, further, ["a"])).candidateIds).toContain("尚未当选");
    expect(fieldsOf(() => standingCandidates(election, further, ["x"])).candidateIds).toContain("尚未当选");
  });

  it("refuses fewer candidates than open seats", () => {
    const msg = fieldsOf(() => standingCandidates(election, { ...further, seatsUnfilled: 2 }, undefined));
    expect(msg.candidateIds).toContain("候选人 1 名，少于待选名额 2 名");
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
