import { describe, expect, it } from "vitest";
import {
  checkOnlineBallot,
  checkPaperCounts,
  checkPlanDates,
  nextState,
  rateRuleText,
  rateWithFigures,
  reconcile,
  satisfactionRate,
  tallyChoices,
  validBallots,
  wholePercent,
  type Tally,
} from "@/lib/supervision/rules";
import { parseDay } from "@/lib/time/day";

const tally = (satisfied: number, basic: number, unsatisfied: number, invalid = 0): Tally => ({
  satisfied,
  basic,
  unsatisfied,
  invalid,
});

describe("the satisfaction rate (满意率)", () => {
  it("is (满意 + 基本满意) ÷ 有效票 by default, a whole percent as the documents write it", () => {
    // 民政办 94%: 16 of 17 satisfied or basically satisfied.
    expect(satisfactionRate(tally(12, 4, 1))).toBe(94);
    expect(rateWithFigures(tally(12, 4, 1))).toBe("16/17 = 94%");
    // 计生办 100%
    expect(satisfactionRate(tally(15, 2, 0))).toBe(100);
    expect(satisfactionRate(tally(0, 0, 17))).toBe(0);
  });

  it("counts only 满意 with the setting rateCountsSatisfiedOnly", () => {
    expect(satisfactionRate(tally(12, 4, 1), true)).toBe(71); // 12/17 = 70.6
    expect(rateWithFigures(tally(12, 4, 1), true)).toBe("12/17 = 71%");
    expect(rateRuleText(true)).toContain("只计“满意”");
    expect(rateRuleText(false)).toContain("“基本满意”");
  });

  it("leaves spoiled ballots out of the valid ones", () => {
    expect(validBallots(tally(15, 1, 0, 1))).toBe(16);
    expect(satisfactionRate(tally(15, 1, 0, 1))).toBe(100);
    expect(satisfactionRate(tally(15, 0, 1, 1))).toBe(94); // 15/16 = 93.75
  });

  it("is null with no valid ballot, rounds half up in integers", () => {
    expect(satisfactionRate(tally(0, 0, 0, 3))).toBeNull();
    expect(wholePercent(1, 8)).toBe(13); // 12.5 → 13
    expect(wholePercent(33, 34)).toBe(97); // 97.06
    expect(wholePercent(1, 200)).toBe(1); // 0.5 → 1
    expect(wholePercent(1, 201)).toBe(0);
  });

  it("tallies online choices", () => {
    expect(tallyChoices(["SATISFIED", "UNSATISFIED", "SATISFIED", "BASICALLY_SATISFIED"])).toEqual(tally(2, 1, 1));
  });
});

describe("ballot limits", () => {
  const base = {
    participant: true,
    alreadyVoted: false,
    paperBallots: 0,
    onlineBallots: 0,
    participants: 17,
    open: true,
  };

  it("let a participating deputy vote once in an open poll", () => {
    expect(checkOnlineBallot(base)).toBeNull();
    expect(checkOnlineBallot({ ...base, participant: false })).toBe("您不是本次活动的参加人员，不能投票");
    expect(checkOnlineBallot({ ...base, alreadyVoted: true })).toBe("您已对该对象投过票，不能重复投票");
    expect(checkOnlineBallot({ ...base, open: false })).toBe("测评未开始或已结束");
  });

  it("refuse a ballot beyond the participants, paper ones included", () => {
    expect(checkOnlineBallot({ ...base, paperBallots: 15, onlineBallots: 1 })).toBeNull();
    expect(checkOnlineBallot({ ...base, paperBallots: 15, onlineBallots: 2 })).toBe(
      "票数已达参加测评人数 17，不能再投票",
    );
  });

  it("refuse paper counts that with the online ballots exceed the participants", () => {
    expect(checkPaperCounts(tally(13, 1, 1), 2, 17)).toBeNull();
    expect(checkPaperCounts(tally(13, 1, 1, 1), 2, 17)).toBe("纸质票：纸质 16 + 网上 2 = 合计 18，超过参加测评人数 17");
    expect(checkPaperCounts(tally(18, 0, 0), 0, 17)).toMatch(/超过参加测评人数 17/);
  });
});

describe("reconciliation", () => {
  it("shows 纸质 N + 网上 M = 合计 T and who is still out", () => {
    expect(reconcile(tally(13, 1, 1), 2, 17)).toEqual({
      paper: 15,
      online: 2,
      total: 17,
      participants: 17,
      text: "纸质 15 + 网上 2 = 合计 17",
      outstanding: 0,
    });
    expect(reconcile(tally(3, 0, 0, 1), 2, 17).text).toBe("纸质 4 + 网上 2 = 合计 6");
    expect(reconcile(tally(3, 0, 0, 1), 2, 17).outstanding).toBe(11);
  });
});

describe("the plan", () => {
  const term = { startDate: parseDay("2026-01-01"), endDate: parseDay("2030-12-31") };

  it("goes draft → approved → under way → concluded", () => {
    expect(nextState("DRAFT", "approve")).toBe("APPROVED");
    expect(nextState("APPROVED", "start")).toBe("UNDER_WAY");
    expect(nextState("UNDER_WAY", "conclude")).toBe("CONCLUDED");
    expect(nextState("DRAFT", "start")).toBeNull();
    expect(nextState("CONCLUDED", "approve")).toBeNull();
  });

  it("has its days in order and within the term", () => {
    expect(checkPlanDates({ startDate: parseDay("2026-05-01"), endDate: parseDay("2026-05-03") }, term)).toEqual({});
    expect(checkPlanDates({ startDate: parseDay("2026-05-03"), endDate: parseDay("2026-05-01") }, term)).toEqual({
      endDate: "结束日期：不能早于开始日期（2026-05-03）",
    });
    expect(checkPlanDates({ startDate: parseDay("2025-12-31") }, term)).toEqual({
      startDate: "开始日期：应在本届任期内（2026-01-01 至 2030-12-31）",
    });
    expect(
      checkPlanDates({ startDate: parseDay("2030-12-30"), endDate: parseDay("2031-01-02") }, term).endDate,
    ).toMatch(/任期内/);
  });
});
