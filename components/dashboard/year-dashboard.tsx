import Link from "next/link";
import type { YearDashboard } from "@/lib/dashboard/data";
import type { KeyFigure } from "@/lib/dashboard/key-figures";
import type { ChartSpec } from "@/lib/dashboard/charts";
import { Chart } from "@/components/charts/chart";

/**
 * One township's year (a server component over the figures, not the actor): the key figures, each a link
 * to the records behind it, and the charts by area. The chair's dashboard shows it for the own township; the
 * county's view shows it for each township.
 */
export function YearDashboardView({ data, idPrefix = "" }: { data: YearDashboard; idPrefix?: string }) {
  const c = data.charts;
  return (
    <div className="dashboard">
      <KeyFigures figures={data.figures} year={data.year} id={`${idPrefix}key-figures`} />
      <ChartGroup id={`${idPrefix}dash-suggestions`} title="代表建议办理" charts={c.suggestions} />
      <ChartGroup id={`${idPrefix}dash-units`} title="承办单位" charts={c.units} wide />
      <ChartGroup id={`${idPrefix}dash-supervision`} title="监督测评" charts={c.supervision} wide />
      <ChartGroup id={`${idPrefix}dash-petitions`} title="信访" charts={c.petitions} />
      <ChartGroup id={`${idPrefix}dash-deputies`} title="代表培训、小组活动和“六个一”" charts={c.deputies} />
    </div>
  );
}

function KeyFigures({ figures, year, id }: { figures: KeyFigure[]; year: number; id: string }) {
  return (
    <section aria-labelledby={`${id}-title`} className="mb-2">
      <h2 id={`${id}-title`} className="mb-2 text-lg font-semibold">
        {year} 年主要数字
      </h2>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
        {figures.map((f) => (
          <li key={f.key}>
            <Link
              href={f.href}
              data-figure={f.key}
              className="flex min-h-24 flex-col justify-between rounded border border-stone-200 bg-white p-3 hover:border-brand-700"
            >
              <span className="text-sm text-stone-700">{f.label}</span>
              <span className="text-2xl font-semibold text-stone-900">{f.value}</span>
              <span className="text-xs text-stone-600">{f.detail}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Charts of one area, two side by side on a wide screen (one per row when `wide`: long unit names, many
 * townships). Used by the township's dashboard and the county view's charts of its townships.
 */
export function ChartGroup({
  id,
  title,
  charts,
  wide,
}: {
  id: string;
  title: string;
  charts: ChartSpec[];
  wide?: boolean;
}) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      className="mt-4 break-inside-avoid rounded border border-stone-200 bg-white p-3 sm:p-4"
    >
      <h2 id={`${id}-title`} className="mb-2 text-lg font-semibold">
        {title}
      </h2>
      <div className={`grid gap-4 ${wide ? "" : "lg:grid-cols-2"}`}>
        {charts.map((spec) => (
          <Chart key={spec.id} spec={spec} />
        ))}
      </div>
    </section>
  );
}
