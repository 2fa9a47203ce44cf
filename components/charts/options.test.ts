import { describe, expect, it } from "vitest";
import type { ChartSpec } from "@/lib/dashboard/charts";
import { chartHeight, chartOption, isEmpty } from "@/components/charts/options";

const spec = (over: Partial<ChartSpec> = {}): ChartSpec => ({
  id: "x",
  title: "测试",
  kind: "bar",
  unit: "件",
  categories: ["甲", "乙"],
  series: [{ name: "建议", values: [3, 0], hrefs: ["/a", "/b"] }],
  ...over,
});

describe("the chart's option", () => {
  it("has a height fixed by the data alone: bars, pies, and one row per category for long names", () => {
    expect(chartHeight(spec())).toBe(240);
    expect(chartHeight(spec({ kind: "pie" }))).toBe(260);
    expect(chartHeight(spec({ kind: "hbar" }))).toBe(160);
    const many = spec({ kind: "hbar", categories: Array.from({ length: 12 }, (_, i) => `单位${i}`) });
    expect(chartHeight(many)).toBe(56 + 12 * 30);
    // More than four upright bars would not fit a phone: drawn as rows.
    expect(chartHeight(spec({ categories: many.categories.slice(0, 5), series: many.series }))).toBe(56 + 5 * 30);
  });

  it("is empty with no categories or only zeros and missing rates", () => {
    expect(isEmpty(spec())).toBe(false);
    expect(isEmpty(spec({ categories: [] }))).toBe(true);
    expect(isEmpty(spec({ series: [{ name: "x", values: [0, null], hrefs: ["/a", "/b"] }] }))).toBe(true);
  });

  it("draws without animation (print, no movement), bars along the categories, a horizontal chart's axis swapped", () => {
    const o = chartOption(spec());
    expect(o.animation).toBe(false);
    expect(o).toMatchObject({ xAxis: { type: "category", data: ["甲", "乙"] }, yAxis: { type: "value" } });
    expect(o.series).toMatchObject([{ type: "bar", data: [3, 0] }]);
    const h = chartOption(spec({ kind: "hbar", max: 100 }));
    expect(h).toMatchObject({ xAxis: { type: "value", max: 100 }, yAxis: { type: "category", inverse: true } });
    const five = spec({ categories: ["一", "二", "三", "四", "五"] });
    expect(chartOption(five)).toMatchObject({ xAxis: { type: "value" }, yAxis: { type: "category" } });
  });

  it("draws a pie's slices named by category, with a legend", () => {
    const o = chartOption(spec({ kind: "pie" }));
    expect(o.series).toMatchObject([
      {
        type: "pie",
        data: [
          { name: "甲", value: 3 },
          { name: "乙", value: 0 },
        ],
      },
    ]);
    expect(o.legend).toBeDefined();
    // A slice of nothing is not labelled.
    const label = (o.series[0] as { label: { formatter: (p: { value: unknown }) => string } }).label;
    expect([label.formatter({ value: 3 }), label.formatter({ value: 0 })]).toEqual(["3", ""]);
  });
});
