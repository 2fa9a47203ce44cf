import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { TermReviewParams } from "@/lib/year/schema";
import { SUMMARY_AREAS, termReview, valueText, type TermReview } from "@/lib/year/summary";
import { notFound } from "next/navigation";
import { DataTable } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";

export const metadata: Metadata = { title: "届期工作回顾" };

type Row = TermReview["figures"][number];

export default async function TermReviewPage({ params }: { params: Promise<{ termId: string }> }) {
  const actor = await requirePageActor("summary.view");
  const parsed = TermReviewParams.safeParse(await params);
  if (!parsed.success) notFound();
  const r = await orNotFound(termReview(actor.townshipId, parsed.data.termId));
  return (
    <div className="summary-sheet">
      <PageHeader
        title={`第${r.term.number}届工作回顾`}
        description={`届期 ${r.term.startDate} 至 ${r.term.endDate}；按年度列出主要数字（每年按全年统计），合计为各年之和，比率不求和。统计日 ${r.asOf}。`}
      />
      <nav aria-label="各年度工作总结" className="no-print mb-3 flex flex-wrap gap-3 text-sm">
        {r.rows.map((row) => (
          <Link key={row.year} href={`/summary/${row.year}`} className="text-blue-800 underline">
            {row.year}年度工作总结
          </Link>
        ))}
      </nav>
      {SUMMARY_AREAS.map((a) => (
        <Section key={a.id} id={`area-${a.id}`} title={a.label}>
          <DataTable<Row>
            caption={`${a.label}：各年度主要数字`}
            rows={r.figures.filter((f) => f.area === a.id)}
            rowKey={(f) => f.id}
            columns={[
              { header: "项目", cell: (f) => f.label },
              ...r.rows.map((row) => ({
                header: `${row.year}年`,
                cell: (f: Row) => valueText(row.values[f.id], f.unit),
              })),
              { header: "合计", cell: (f: Row) => valueText(r.totals[f.id], f.unit) },
            ]}
          />
        </Section>
      ))}
    </div>
  );
}
