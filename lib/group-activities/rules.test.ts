import { describe, expect, it } from "vitest";
import { parseDay } from "@/lib/time/day";
import { groupWarnings, quarterEnd, quarterOf } from "@/lib/group-activities/rules";

const norms = { minPerQuarter: 1, minPerYear: 4 };

describe("quarter warnings", () => {
  it("places days in quarters and ends quarters on their last day", () => {
    expect(quarterOf(parseDay("2026-03-31"))).toBe(1);
    expect(quarterOf(parseDay("2026-04-01"))).toBe(2);
    expect(quarterOf(parseDay("2026-12-31"))).toBe(4);
    expect(quarterEnd(2026, 1)).toEqual(parseDay("2026-03-31"));
    expect(quarterEnd(2026, 4)).toEqual(parseDay("2026-12-31"));
  });

  it("warns for each ended quarter without an activity, not for the quarter under way", () => {
    const w = groupWarnings(2026, { byQuarter: [1, 0, 2, 0] }, norms, parseDay("2026-12-10"));
    expect(w).toEqual([{ kind: "QUARTER", quarter: 2, text: "第二季度未开展活动" }]);
  });

  it("warns for the year once it has ended below the norm, or when the quarters left cannot make it up", () => {
    const ended = groupWarnings(2025, { byQuarter: [1, 1, 1, 0] }, norms, parseDay("2026-01-05"));
    expect(ended.map((x) => x.text)).toEqual(["第四季度未开展活动", "全年开展 3 次，少于 4 次"]);
    const hopeless = groupWarnings(
      2026,
      { byQuarter: [0, 0, 0, 0] },
      { minPerQuarter: 1, minPerYear: 6 },
      parseDay("2026-11-01"),
    );
    expect(hopeless.at(-1)).toEqual({ kind: "YEAR", text: "全年至今开展 0 次，少于 6 次" });
    expect(groupWarnings(2026, { byQuarter: [1, 1, 1, 0] }, norms, parseDay("2026-12-10"))).toEqual([]);
  });

  it("counts a quarter below a higher quarterly norm", () => {
    const w = groupWarnings(
      2026,
      { byQuarter: [1, 2, 2, 2] },
      { minPerQuarter: 2, minPerYear: 4 },
      parseDay("2027-01-02"),
    );
    expect(w).toEqual([{ kind: "QUARTER", quarter: 1, text: "第一季度仅开展 1 次，少于 2 次" }]);
  });
});
