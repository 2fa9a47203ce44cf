// Loaded on demand by <Chart> (a dynamic import): ECharts' core with only the bar and pie charts, the
// grid, tooltip and legend, and the SVG renderer — SVG prints sharp and scales with the page.
import * as echarts from "echarts/core";
import { BarChart, PieChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";
import type { ChartSpec } from "@/lib/dashboard/charts";
import { chartOption } from "@/components/charts/options";

echarts.use([BarChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** Draws `spec` into `el`; a click on a bar or slice opens its list. Returns the clean-up. */
export function renderChart(el: HTMLElement, spec: ChartSpec, open: (href: string) => void): () => void {
  const chart = echarts.init(el, null, { renderer: "svg" });
  chart.setOption(chartOption(spec));
  chart.on("click", (p) => {
    const href = spec.series[p.seriesIndex ?? 0]?.hrefs[p.dataIndex];
    if (href) open(href);
  });
  // The container's width follows the page (and the printed page); its height is fixed.
  const resize = () => chart.resize();
  const observer = new ResizeObserver(resize);
  observer.observe(el);
  const print = window.matchMedia("print");
  print.addEventListener("change", resize);
  window.addEventListener("beforeprint", resize);
  return () => {
    observer.disconnect();
    print.removeEventListener("change", resize);
    window.removeEventListener("beforeprint", resize);
    chart.dispose();
  };
}
