import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { can } from "@/lib/auth/policy";
import { scopedDb } from "@/lib/db/township-scope";
import { parseSearchParams } from "@/lib/http/validation";
import { todayInChina } from "@/lib/time/day";
import { FiguresQuery } from "@/lib/suggestions/schema";
import { RECESS, sessionLabel, suggestionFigures } from "@/lib/suggestions/figures";
import { PageHeader } from "@/components/ui/page-header";
import { PrintButton } from "@/components/sessions/print/print-button";
import { FiguresDownloads } from "@/components/suggestions/figures-downloads";
import { FiguresFilterForm } from "@/components/suggestions/figures-filter-form";
import { FiguresView } from "@/components/suggestions/figures-view";

export const metadata: Metadata = { title: "建议办理统计" };

type SP = Record<string, string | undefined>;

/** 建议办理统计: the office's, chair's and presidium's figures per year, session and lead unit. */
export default async function SuggestionFiguresPage({ searchParams }: { searchParams: Promise<SP> }) {
  const actor = await requirePageActor("suggestion.figures");
  const query = parseSearchParams(FiguresQuery, await searchParams);
  const sdb = scopedDb(actor.townshipId);
  const [figures, years, sessions, units] = await Promise.all([
    suggestionFigures(actor, query),
    sdb.suggestion.groupBy({ by: ["year"], orderBy: { year: "desc" } }),
    sdb.congressSession.findMany({
      orderBy: { startDate: "desc" },
      select: { id: true, number: true, term: { select: { number: true } } },
    }),
    sdb.handlingUnit.findMany({ orderBy: [{ active: "desc" }, { name: "asc" }], select: { id: true, name: true } }),
  ]);
  const yearOptions = [...new Set([todayInChina().getUTCFullYear(), query.year, ...years.map((y) => y.year)])].sort(
    (a, b) => b - a,
  );
  const sessionOptions = sessions.map((s) => ({ id: s.id, name: sessionLabel(s) }));
  const scope = [
    `${query.year} 年`,
    query.sessionId === RECESS
      ? "闭会期间"
      : (sessionOptions.find((s) => s.id === query.sessionId)?.name ?? "全部会议"),
    units.find((u) => u.id === query.unitId)?.name ?? "全部承办单位",
  ].join(" · ");
  const link = (over: Record<string, string | undefined>) => {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries({
      year: String(query.year),
      sessionId: query.sessionId,
      unitId: query.unitId,
      ...over,
    }))
      if (v) params.set(k, v);
    return `/suggestions/figures?${params}`;
  };
  return (
    <>
      <PageHeader title="建议办理统计" description={`${scope}；数据截至 ${figures.asOf}`} actions={<PrintButton />} />
      <p className="no-print mb-3 text-sm">
        <Link href="/suggestions" className="text-blue-800 underline">
          返回代表建议列表
        </Link>
      </p>
      <FiguresFilterForm figures={figures} options={{ years: yearOptions, sessions: sessionOptions, units }} />
      <FiguresDownloads figures={figures} canExport={can(actor, "suggestion.export")} />
      <FiguresView figures={figures} link={link} />
    </>
  );
}
