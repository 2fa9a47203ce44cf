import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/page";
import { parseSearchParams } from "@/lib/http/validation";
import { CalendarYearQuery } from "@/lib/time/schema";
import { countyYear } from "@/lib/county/figures";
import { countyCharts } from "@/components/county/county-charts";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { YearPicker } from "@/components/ui/year-picker";
import { CountyTable } from "@/components/county/county-table";
import { ChartGroup } from "@/components/dashboard/year-dashboard";

export const metadata: Metadata = { title: "各乡镇年度概况" };

/** 县人大's landing: every township of its county side by side for a year, the year before under each figure. */
export default async function CountyPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("county.view");
  const { year } = parseSearchParams(CalendarYearQuery, await searchParams);
  const data = await countyYear(actor, year);
  const charts = countyCharts(data);
  // Many townships: one chart per row, so each township's two bars keep a legible row.
  const wide = data.townships.length > 6;
  return (
    <>
      <PageHeader
        title={`${actor.displayName}，您好`}
        description={
          data.county ? `${data.county.name}人大 · 各乡镇${year}年度工作概况` : "县人大 · 各乡镇年度工作概况"
        }
      />
      {data.county ? (
        <>
          <YearPicker year={year} />
          {data.townships.length > 0 && (
            <>
              <ChartGroup
                id="county-counts"
                title={`各乡镇主要数字（${year}年与${year - 1}年）`}
                charts={charts.counts}
                wide={wide}
              />
              <ChartGroup id="county-rates" title="各乡镇建议办理比率" charts={charts.rates} wide={wide} />
            </>
          )}
          <Section
            id="townships"
            title={`${year}年各乡镇主要数字`}
            description={`共 ${data.townships.length} 个乡镇，截至 ${data.asOf}。各数字按各乡镇的记录统计，每格下方为上年同期；比率为各乡镇自身的比率，全县合计不作相加或平均。点击乡镇名称查看该乡镇的年度概况。`}
          >
            <CountyTable data={data} />
          </Section>
        </>
      ) : (
        <p className="rounded border border-dashed border-stone-300 bg-white p-6 text-center text-stone-600">
          本账号所在乡镇尚未归入县，暂无可查看的乡镇。
        </p>
      )}
    </>
  );
}
