import { describe, expect, it } from "vitest";
import { parseDay } from "@/lib/time/day";
import {
  buildSixOneCard,
  checkDutyDay,
  checkDutyFigures,
  countEntries,
  isEditable,
  isReviewable,
  sixOneTargets,
} from "@/lib/duties/rules";
import { SETTING_DEFAULTS } from "@/lib/settings";

const targets = sixOneTargets(SETTING_DEFAULTS);

describe("the 六个一 card", () => {
  it("reads its targets from the settings (10 voters, one of each, one household)", () => {
    expect(targets).toEqual({ voters: 10, forums: 1, suggestions: 1, practical: 1, households: 1, disputes: 1 });
  });

  it("sums voters of contacts and forums, households of poverty help, counts the other kinds", () => {
    const c = countEntries(
      [
        { kind: "VOTER_CONTACT", voters: 6, households: null },
        { kind: "VOTER_FORUM", voters: 5, households: null },
        { kind: "POVERTY_HELP", voters: null, households: 2 },
        { kind: "PRACTICAL_THING", voters: null, households: null },
        { kind: "OTHER", voters: null, households: null },
      ],
      0,
    );
    expect(c).toEqual({ voters: 11, forums: 1, suggestions: 0, practical: 1, households: 2, disputes: 0 });
  });

  it("marks each line met at its target, and the card complete only when all six are", () => {
    const card = buildSixOneCard(
      { voters: 9, forums: 1, suggestions: 1, practical: 1, households: 1, disputes: 1 },
      targets,
    );
    expect(card.lines.find((l) => l.key === "voters")).toMatchObject({ met: false, text: "9 / 10 人" });
    expect(card.met).toBe(5);
    expect(card.complete).toBe(false);
    const full = buildSixOneCard(
      { voters: 10, forums: 2, suggestions: 1, practical: 1, households: 3, disputes: 1 },
      targets,
    );
    expect(full.complete).toBe(true);
    expect(full.lines.map((l) => l.label)).toEqual([
      "联系选民",
      "召开选民座谈会",
      "提出有价值的建议",
      "办实事",
      "帮扶困难户",
      "调解纠纷",
    ]);
  });
});

describe("a duty's day and figures", () => {
  const service = { startDate: parseDay("2026-09-01"), leftDate: parseDay("2026-12-01") };
  const today = parseDay("2026-12-10");

  it("refuses a day after today, before the service began, or from the day the service ended", () => {
    expect(checkDutyDay(parseDay("2026-12-11"), { ...service, leftDate: null }, today)).toMatch(
      /^履职日期：不能晚于今天/,
    );
    expect(checkDutyDay(parseDay("2026-08-31"), service, today)).toMatch(/^履职日期：早于该代表本届任职开始日/);
    expect(checkDutyDay(parseDay("2026-12-01"), service, today)).toMatch(/终止代表资格/);
    expect(checkDutyDay(parseDay("2026-11-30"), service, today)).toBeNull();
    expect(checkDutyDay(parseDay("2026-09-01"), service, today)).toBeNull();
  });

  it("asks voters for a contact and households for poverty help, and refuses them on other kinds", () => {
    expect(checkDutyFigures("VOTER_CONTACT", {})).toEqual({ voters: "联系选民人数：联系选民请填写人数" });
    expect(checkDutyFigures("VOTER_FORUM", {})).toEqual({});
    expect(checkDutyFigures("POVERTY_HELP", { households: 0 })).toHaveProperty("households");
    expect(checkDutyFigures("PRACTICAL_THING", { voters: 3, incomeRaised: 100 })).toEqual({
      voters: "联系选民人数：只有联系选民和选民座谈会填写",
      incomeRaised: "增收金额：只有帮扶困难户填写",
    });
    expect(checkDutyFigures("POVERTY_HELP", { households: 1, persons: 4, incomeRaised: 2740 })).toEqual({});
  });

  it("lets an entry change until it is verified, and be reviewed only while submitted", () => {
    expect(isEditable("SUBMITTED")).toBe(true);
    expect(isEditable("RETURNED")).toBe(true);
    expect(isEditable("VERIFIED")).toBe(false);
    expect(isReviewable("RETURNED")).toBe(false);
    expect(isReviewable("SUBMITTED")).toBe(true);
  });
});
