// The county view's charts (县人大): a few key figures with every township side by side, this year beside the year
// before — built from countyYear's figures (nothing counted here), pure and unit-tested, drawn by the dashboard's
// chart component (here beside the components, as lib/county does not reach into lib/dashboard). A rate is each township's own ratio: no chart shows a county total or average of it. Each bar
// opens the township's year in the county view (never a township's own pages).
import type { ChartSpec } from "@/lib/dashboard/charts";
import type { CountyYear } from "@/lib/county/figures";
import type { KeyFigureId } from "@/lib/year/public";

/** The figures charted, counts first, then rates (the side-by-side table below keeps all of them). */
export const COUNTY_CHART_COUNTS: KeyFigureId[] = [
  "suggestions.total",
  "supervision.activities",
  "petitions.received",
  "reception.days",
];
export const COUNTY_CHART_RATES: KeyFigureId[] = ["suggestions.onTimeRate", "suggestions.satisfactionRate"];

const townshipHref = (id: string, year: number) => `/county/townships/${id}?year=${year}`;

/** One figure of every township: this year and the year before as two series. */
export function countyFigureChart(data: CountyYear, id: KeyFigureId): ChartSpec {
  const column = data.columns.find((c) => c.id === id);
  if (!column) throw new Error(`county chart: ${id} is not a column of the county view`);
  const rate = column.unit === "%";
  const t = data.townships;
  const series = [data.year, data.year - 1].map((year) => ({
    name: `${year}年`,
    values: t.map((x) => (year === data.year ? x.figures[id]?.value : x.figures[id]?.previous) ?? null),
    hrefs: t.map((x) => townshipHref(x.id, year)),
  }));
  return {
    id: `county-${id.replace(".", "-")}`,
    title: `${column.label}（各乡镇）`,
    kind: "bar",
    unit: column.unit,
    ...(rate ? { max: 100 } : {}),
    categories: t.map((x) => x.name),
    series,
    note: rate
      ? "比率为各乡镇自身的比率，全县不相加、不平均；没有可计算基数的乡镇不画条形（数据表中为“—”）。"
      : "全县合计见下方的各乡镇主要数字表。",
  };
}

/** The county page's charts: the counts, then the rates. */
export function countyCharts(data: CountyYear): { counts: ChartSpec[]; rates: ChartSpec[] } {
  return {
    counts: COUNTY_CHART_COUNTS.map((id) => countyFigureChart(data, id)),
    rates: COUNTY_CHART_RATES.map((id) => countyFigureChart(data, id)),
  };
}
