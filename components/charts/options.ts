// A chart's ECharts option from its spec — pure, so it is unit-tested without a browser; imported only by
// the lazily loaded renderer, so it adds nothing to a page's first load.
import type { ChartSpec } from "@/lib/dashboard/charts";

/** Colours that keep 4.5:1 against white (labels sit on the bars' ends). */
export const PALETTE = ["#1d4ed8", "#9f1d1d", "#047857", "#b45309", "#6d28d9", "#0e7490"];
const FONT = '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif';

/** Upright bars fit a phone's width up to four categories; more are drawn one row each (the labels stay legible). */
const MAX_UPRIGHT = 4;
const horizontal = (spec: ChartSpec) =>
  spec.kind === "hbar" || (spec.kind === "bar" && spec.categories.length > MAX_UPRIGHT);

/** The container's height in px: fixed from the data alone, so the page does not move when the chart draws. */
export function chartHeight(spec: ChartSpec): number {
  if (spec.kind === "pie") return 260;
  if (!horizontal(spec)) return 240;
  const rows = spec.categories.length * (spec.series.length * 16 + 14);
  return Math.max(160, 56 + rows + (spec.series.length > 1 ? 28 : 0));
}

/** Nothing to draw: no category, or every value zero or missing. */
export const isEmpty = (spec: ChartSpec) =>
  !spec.categories.length || spec.series.every((s) => s.values.every((v) => !v));

const fmt = (unit: string) => (p: { value: unknown }) => (p.value == null ? "" : `${p.value}${unit}`);

export function chartOption(spec: ChartSpec) {
  const base = {
    animation: false,
    color: PALETTE,
    textStyle: { fontFamily: FONT, color: "#1c1917" },
    tooltip: { trigger: "item" as const },
    legend: spec.series.length > 1 || spec.kind === "pie" ? { bottom: 0, textStyle: { fontSize: 12 } } : undefined,
  };
  if (spec.kind === "pie") {
    const s = spec.series[0];
    return {
      ...base,
      series: [
        {
          type: "pie" as const,
          name: s.name,
          radius: ["30%", "62%"],
          center: ["50%", "44%"],
          cursor: "pointer",
          // A slice of nothing draws no label (it would sit on its neighbour's).
          label: {
            position: "inside" as const,
            formatter: (p: { value: unknown }) => (p.value ? String(p.value) : ""),
            color: "#fff",
            fontWeight: "bold" as const,
          },
          data: spec.categories.map((name, i) => ({ name, value: s.values[i] ?? 0 })),
        },
      ],
    };
  }
  const across = horizontal(spec);
  const valueAxis = { type: "value" as const, max: spec.max, minInterval: 1, axisLabel: { fontSize: 11 } };
  const categoryAxis = {
    type: "category" as const,
    data: spec.categories,
    inverse: across,
    axisLabel: { fontSize: 11, width: across ? 96 : 72, overflow: "truncate" as const, interval: 0 },
  };
  return {
    ...base,
    grid: { left: 8, right: 40, top: 16, bottom: spec.series.length > 1 ? 32 : 8, containLabel: true },
    xAxis: across ? valueAxis : categoryAxis,
    yAxis: across ? categoryAxis : valueAxis,
    series: spec.series.map((s) => ({
      type: "bar" as const,
      name: s.name,
      data: s.values,
      cursor: "pointer",
      barMaxWidth: 36,
      label: { show: true, position: across ? ("right" as const) : ("top" as const), formatter: fmt(spec.unit) },
    })),
  };
}
