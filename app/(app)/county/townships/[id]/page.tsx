import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { IdParams, parseSearchParams } from "@/lib/http/validation";
import { CalendarYearQuery } from "@/lib/time/schema";
import { countyTownshipYear } from "@/lib/county/figures";
import { PageHeader } from "@/components/ui/page-header";
import { YearPicker } from "@/components/ui/year-picker";
import { TownshipFigures } from "@/components/county/township-figures";

export const metadata: Metadata = { title: "乡镇年度概况" };

/** 县人大: one township of its county, its year's figures beside the year before — read-only, figures only. */
export default async function CountyTownshipPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("county.view");
  const { id } = parseSearchParams(IdParams.partial(), await params);
  if (!id) notFound();
  const { year } = parseSearchParams(CalendarYearQuery, await searchParams);
  const data = await orNotFound(countyTownshipYear(actor, id, year));
  return (
    <>
      <PageHeader
        title={`${data.township.name}${year}年度工作概况`}
        description={`${data.county.name} · 截至 ${data.asOf}，各数字按该乡镇的记录统计，与上年同期对比`}
        actions={
          <Link href={`/county?year=${year}`} className="text-sm text-blue-800 underline">
            返回各乡镇概况
          </Link>
        }
      />
      <YearPicker year={year} />
      <TownshipFigures figures={data.figures} year={year} />
    </>
  );
}
