import { describe, expect, it } from "vitest";
import { SETTING_DEFAULTS } from "@/lib/settings";
import { pointsFor, scoringTable, sumPoints, yearScore, PUBLICITY_KINDS } from "@/lib/publicity/rules";

describe("publicity scoring", () => {
  it("reads a point value for every kind of the county's table from the settings", () => {
    const table = scoringTable(SETTING_DEFAULTS);
    for (const k of PUBLICITY_KINDS) expect(table[k], k).toBeGreaterThan(0);
    expect(pointsFor(table, "PROVINCE_PUBLISHED")).toBe(10);
    expect(pointsFor({ ...table, COUNTY_INFO: 1.25 }, "COUNTY_INFO")).toBe(1.3);
  });

  it("adds points in tenths", () => {
    expect(sumPoints([0.1, 0.2])).toBe(0.3);
    expect(sumPoints([])).toBe(0);
  });

  it("states the year's score against the target (95) and the advanced line (145)", () => {
    // 10 province (100) + 3 county info (6): 106 — past the target, 39 short of advanced
    const s = yearScore([...Array(10).fill(10), 2, 2, 2], 95, 145);
    expect(s).toEqual({
      score: 106,
      target: 95,
      advanced: 145,
      reachedTarget: true,
      reachedAdvanced: false,
      toTarget: 0,
      toAdvanced: 39,
    });
    expect(yearScore([94.9], 95, 145)).toMatchObject({ reachedTarget: false, toTarget: 0.1 });
    expect(yearScore([145], 95, 145)).toMatchObject({ reachedTarget: true, reachedAdvanced: true, toAdvanced: 0 });
  });
});
