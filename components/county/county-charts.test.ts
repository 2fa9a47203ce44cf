import { describe, expect, it } from "vitest";
import type { CountyYear } from "@/lib/county/figures";
import { countyCharts, countyFigureChart } from "@/components/county/county-charts";

// Hand-made: two townships, one count and one rate (a township without a base for the rate: null).
const data = {
  county: { id: "c", code: "c", name: "示范县" },
  year: 2026,
  asOf: "2026-12-07",
  columns: [
    { id: "suggestions.total", label: "代表提出建议", unit: "件" },
    { id: "supervision.activities", label: "监督活动", unit: "次" },
    { id: "petitions.received", label: "收到信访件", unit: "件" },
    { id: "reception.days", label: "举行接待选民日", unit: "次" },
    { id: "suggestions.onTimeRate", label: "建议按时答复率", unit: "%" },
    { id: "suggestions.satisfactionRate", label: "建议满意率", unit: "%" },
  ],
  townships: [
    {
      id: "t1",
      code: "1",
      name: "东镇",
      figures: {
        "suggestions.total": { value: 12, previous: 9 },
        "suggestions.onTimeRate": { value: 80, previous: 100 },
      },
    },
    {
      id: "t2",
      code: "2",
      name: "西镇",
      figures: {
        "suggestions.total": { value: 3, previous: 0 },
        "suggestions.onTimeRate": { value: null, previous: 50 },
      },
    },
  ],
  total: {
    "suggestions.total": { value: 15, previous: 9 },
    "suggestions.onTimeRate": { value: null, previous: null },
  },
} as unknown as CountyYear;

describe("the county view's charts", () => {
  it("a count: every township side by side, this year beside the year before, each bar opening that township's year", () => {
    const c = countyFigureChart(data, "suggestions.total");
    expect(c).toMatchObject({
      id: "county-suggestions-total",
      title: "代表提出建议（各乡镇）",
      kind: "bar",
      unit: "件",
    });
    expect(c.max).toBeUndefined();
    expect(c.categories).toEqual(["东镇", "西镇"]);
    expect(c.series.map((s) => [s.name, s.values])).toEqual([
      ["2026年", [12, 3]],
      ["2025年", [9, 0]],
    ]);
    expect(c.series[1].hrefs).toEqual(["/county/townships/t1?year=2025", "/county/townships/t2?year=2025"]);
    // The county's total is the table's, not a bar.
    expect(c.categories).not.toContain("全县合计");
  });

  it("a rate: each township's own ratio on a 0–100 axis, never summed or averaged; no base stays null", () => {
    const c = countyFigureChart(data, "suggestions.onTimeRate");
    expect([c.unit, c.max]).toEqual(["%", 100]);
    expect(c.series.map((s) => s.values)).toEqual([
      [80, null],
      [100, 50],
    ]);
    expect(c.categories).toEqual(["东镇", "西镇"]);
    expect(c.note).toContain("不相加、不平均");
  });

  it("charts four counts and two rates; a figure the view does not show is refused", () => {
    const all = countyCharts(data);
    expect(all.counts.map((c) => c.unit)).toEqual(["件", "次", "件", "次"]);
    expect(all.rates.every((c) => c.unit === "%")).toBe(true);
    expect(() => countyFigureChart(data, "training.held")).toThrow();
  });
});
