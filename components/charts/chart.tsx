"use client";

import Link from "next/link";
import { useEffect, useId, useRef } from "react";
import { useRouter } from "next/navigation";
import type { ChartSpec } from "@/lib/dashboard/charts";
import { chartHeight, isEmpty } from "@/components/charts/options";

/**
 * One chart: ECharts (SVG) drawn into a box of fixed height, loaded after the page (the library is not in the
 * page's first load), each bar or slice a link to its list. The same numbers are in a table with the same
 * links (数据表) — for screen readers, keyboards, and anyone without JavaScript; the drawing is hidden from
 * assistive technology.
 */
export function Chart({ spec }: { spec: ChartSpec }) {
  const ref = useRef<HTMLDivElement>(null);
  const router = useRouter();
  const empty = isEmpty(spec);
  useEffect(() => {
    const el = ref.current;
    if (!el || empty) return;
    let cleanup: (() => void) | undefined;
    let gone = false;
    import("@/components/charts/render").then(({ renderChart }) => {
      if (!gone) cleanup = renderChart(el, spec, (href) => router.push(href));
    });
    return () => {
      gone = true;
      cleanup?.();
    };
  }, [spec, empty, router]);
  const titleId = useId();
  return (
    <figure className="chart min-w-0 break-inside-avoid" data-chart={spec.id} aria-labelledby={titleId}>
      <figcaption id={titleId} className="mb-1 font-medium">
        {spec.title}
      </figcaption>
      {empty ? (
        <p className="flex h-16 items-center text-sm text-stone-600">本年暂无数据</p>
      ) : (
        <div ref={ref} className="chart-canvas w-full" style={{ height: chartHeight(spec) }} aria-hidden="true" />
      )}
      {spec.note && <p className="mt-1 text-xs text-stone-600">{spec.note}</p>}
      <ChartTable spec={spec} />
    </figure>
  );
}

/** The chart's numbers as a table, each number a link to the records it counts. */
function ChartTable({ spec }: { spec: ChartSpec }) {
  return (
    <details className="chart-data mt-1 text-sm">
      <summary className="min-h-8 cursor-pointer text-blue-800">数据表</summary>
      <div className="overflow-x-auto">
        <table className="mt-1 w-full text-left">
          <caption className="sr-only">{spec.title}</caption>
          <thead>
            <tr className="border-b border-stone-300">
              <th scope="col" className="py-1 pr-2 font-medium">
                项目
              </th>
              {spec.series.map((s) => (
                <th key={s.name} scope="col" className="py-1 pr-2 font-medium">
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {spec.categories.map((c, i) => (
              <tr key={`${c}-${i}`} className="border-b border-stone-100">
                <th scope="row" className="py-1 pr-2 font-normal">
                  {c}
                </th>
                {spec.series.map((s) => (
                  <td key={s.name} className="py-1 pr-2">
                    <Link href={s.hrefs[i]} className="text-blue-800 underline">
                      {s.values[i] == null ? "—" : `${s.values[i]}${spec.unit}`}
                    </Link>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
