import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePageActor } from "@/lib/auth/page";
import { scopedDb } from "@/lib/db/township-scope";
import { parseSearchParams } from "@/lib/http/validation";
import { currentTerm } from "@/lib/roster/public";
import { SummaryQuery, SummaryYearParams } from "@/lib/year/schema";
import { SUMMARY_AREAS, yearSummary } from "@/lib/year/summary";
import { PageHeader } from "@/components/ui/page-header";
import { TableDownload, YearPicker } from "@/components/ui/year-picker";
import { AreaFigures, SessionLines, SupervisionLines, areaRules } from "@/components/year/summary-figures";

export const metadata: Metadata = { title: "年度工作总结" };

export default async function YearSummaryPage({
  params,
  searchParams,
}: {
  params: Promise<{ year: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("summary.view");
  const parsed = SummaryYearParams.safeParse(await params);
  if (!parsed.success) notFound();
  const { year } = parsed.data;
  const { period } = parseSearchParams(SummaryQuery, await searchParams);
  const half = period === "half";
  const [s, term] = await Promise.all([
    yearSummary(actor.townshipId, year, { period }),
    currentTerm(scopedDb(actor.townshipId)),
  ]);
  const periodLabel = half ? `${year}年上半年` : `${year}年`;
  const previousLabel = half ? `${year - 1}年上半年` : `${year - 1}年`;
  const byArea = (id: string) => s.figures.filter((f) => f.area === id);
  const base = `/api/v1/summary/${year}`;
  const descriptions = areaRules(s);
  return (
    <div className="summary-sheet">
      <PageHeader
        title={half ? `${year}年上半年工作小结` : `${year}年度工作总结`}
        description={`统计期间 ${s.from} 至 ${s.through}，与${previousLabel}同期比较；每项数字由各模块按记录计算，点击可查看其记录。统计日 ${s.asOf}。`}
        actions={
          <>
            <TableDownload href={`${base}/report.docx?kind=${half ? "half-year" : "summary"}`}>
              {half ? "下载半年小结（Word）" : "下载年度工作总结（Word）"}
            </TableDownload>
            <TableDownload href={`${base}/report.docx?kind=session-report`}>下载主席团工作报告（Word）</TableDownload>
            <TableDownload href={`${base}/tables.xlsx${half ? "?period=half" : ""}`}>下载统计表（Excel）</TableDownload>
          </>
        }
      />
      <nav aria-label="统计期间" className="no-print mb-3 flex flex-wrap items-center gap-3 text-sm">
        <Link href={`/summary/${year}`} aria-current={half ? undefined : "page"} className="text-blue-800 underline">
          全年
        </Link>
        <Link
          href={`/summary/${year}?period=half`}
          aria-current={half ? "page" : undefined}
          className="text-blue-800 underline"
        >
          上半年（半年小结）
        </Link>
        {term && (
          <Link href={`/summary/term/${term.id}`} className="text-blue-800 underline">
            本届工作回顾（第{term.number}届）
          </Link>
        )}
      </nav>
      <YearPicker year={year} action="/summary" />
      {SUMMARY_AREAS.map((a) => (
        <AreaFigures
          key={a.id}
          id={a.id}
          title={a.label}
          figures={byArea(a.id)}
          periodLabel={periodLabel}
          previousLabel={previousLabel}
          description={descriptions[a.id]}
        >
          {a.id === "sessions" && <SessionLines s={s} />}
          {a.id === "supervision" && <SupervisionLines s={s} />}
        </AreaFigures>
      ))}
    </div>
  );
}
