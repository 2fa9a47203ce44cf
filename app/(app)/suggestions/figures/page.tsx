import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { figuresView } from "@/lib/suggestions/views";
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
  const { query, figures, scope, options, canExport } = await figuresView(actor, await searchParams);
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
      <FiguresFilterForm figures={figures} options={options} />
      <FiguresDownloads figures={figures} canExport={canExport} />
      <FiguresView figures={figures} link={link} />
    </>
  );
}
