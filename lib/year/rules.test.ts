import { describe, expect, it } from "vitest";
import { parseDay } from "@/lib/time/day";
import { changeOf, changeText, KEY_FIGURES, SUMMARY_AREAS, valueText } from "@/lib/year/key-figures";
import { periodEnd, termTotals, termYears, type TermReviewRow } from "@/lib/year/rules";

const d = parseDay;

describe("the annual summary's rules", () => {
  it("ends a year on 31 December and a half year on 30 June, never after today", () => {
    expect(periodEnd(2025, "year", d("2026-12-07"))).toEqual(d("2025-12-31"));
    expect(periodEnd(2025, "half", d("2026-12-07"))).toEqual(d("2025-06-30"));
    expect(periodEnd(2026, "year", d("2026-12-07"))).toEqual(d("2026-12-07"));
    expect(periodEnd(2026, "half", d("2026-03-01"))).toEqual(d("2026-03-01"));
  });

  it("takes a term's calendar years up to this year", () => {
    expect(termYears(d("2021-09-01"), d("2026-08-31"), d("2026-12-07"))).toEqual([2021, 2022, 2023, 2024, 2025, 2026]);
    expect(termYears(d("2026-09-01"), d("2031-08-31"), d("2027-02-01"))).toEqual([2026, 2027]);
  });

  it("states a change in the figure's unit, a rate's in percentage points, and none without a base", () => {
    expect(changeOf(12, 9)).toBe(3);
    expect(changeOf(null, 9)).toBeNull();
    expect(changeOf(5, null)).toBeNull();
    expect(changeText(3, "件")).toBe("增加 3 件");
    expect(changeText(-4, "%")).toBe("减少 4 个百分点");
    expect(changeText(0, "次")).toBe("持平");
    expect(changeText(null, "%")).toBe("—");
    expect(valueText(94, "%")).toBe("94%");
    expect(valueText(6, "人次")).toBe("6 人次");
    expect(valueText(null, "%")).toBe("—");
  });

  it("sums the counts over a term and leaves the rates unsummed", () => {
    const row = (year: number, v: number): TermReviewRow => ({
      year,
      values: Object.fromEntries(KEY_FIGURES.map((f) => [f.id, f.unit === "%" ? 50 : v])) as TermReviewRow["values"],
    });
    const totals = termTotals([row(2025, 2), row(2026, 3)]);
    expect(totals["sessions.held"]).toBe(5);
    expect(totals["petitions.received"]).toBe(5);
    expect(totals["suggestions.onTimeRate"]).toBeNull();
  });

  it("lists every figure once, in an area of the summary, with a module page", () => {
    const ids = KEY_FIGURES.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    const areas = SUMMARY_AREAS.map((a) => a.id);
    for (const f of KEY_FIGURES) {
      expect(areas).toContain(f.area);
      expect(f.href(2026)).toMatch(/^\/[a-z-]/);
    }
    for (const a of areas) expect(KEY_FIGURES.some((f) => f.area === a)).toBe(true);
    expect(KEY_FIGURES.find((f) => f.id === "suggestions.total")?.href(2026)).toBe("/suggestions?year=2026");
  });
});
