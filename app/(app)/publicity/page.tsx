import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { publicityView } from "@/lib/publicity/views";
import { PUBLICITY_KIND_LABELS } from "@/lib/publicity/rules";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { YearPicker } from "@/components/ui/year-picker";
import { DeletePublicityButton, PublicityForm } from "@/components/publicity/publicity-forms";
import { YearScore } from "@/components/publicity/year-score";

export const metadata: Metadata = { title: "宣传" };

type SP = Record<string, string | undefined>;

/** 宣传: the year's articles and reports sent, scored by the county's table, against the target and advanced line. */
export default async function PublicityPage({ searchParams }: { searchParams: Promise<SP> }) {
  const actor = await requirePageActor("publicity.list");
  const sp = await searchParams;
  const { list, today, table, scoring, may } = await publicityView(actor, sp);
  const f = list.figures;
  return (
    <>
      <PageHeader title={`${list.year}年人大宣传`} description="报送的信息、稿件按县人大宣传工作计分表计分。" />
      <YearPicker year={list.year} />
      <YearScore f={f} table={table} isDefault={scoring.isDefault} />
      <Section id="items" title="稿件">
        <DataTable
          caption={`${list.year}年宣传稿件`}
          rows={list.items}
          rowKey={(r) => r.id}
          empty="本年度还没有登记稿件"
          columns={[
            { header: "报送日期", cell: (r) => r.sentOn },
            {
              header: "标题",
              cell: (r) => (
                <Link href={`/publicity/${r.id}`} className="text-blue-800 underline">
                  {r.title}
                </Link>
              ),
            },
            {
              header: "类别",
              cell: (r) => PUBLICITY_KIND_LABELS[r.kind as keyof typeof PUBLICITY_KIND_LABELS] ?? r.kind,
            },
            { header: "单位", cell: (r) => r.outlet },
            { header: "刊发日期", cell: (r) => r.publishedOn ?? "—" },
            { header: "得分", cell: (r) => r.points },
            ...(may.manage
              ? [
                  {
                    header: "操作",
                    cell: (r: (typeof list.items)[number]) => (
                      <DeletePublicityButton id={r.id} version={r.version} title={r.title} />
                    ),
                  },
                ]
              : []),
          ]}
        />
        <Pagination
          basePath="/publicity"
          page={list.page}
          pageSize={list.pageSize}
          total={list.total}
          searchParams={sp}
        />
      </Section>
      {may.manage && (
        <Section
          id="new"
          title="登记稿件"
          description="按报送先后登记；代录以往稿件时填写实际报送日期和刊发日期。得分按登记时的计分标准计入并保留；登记有误的，打开稿件填写原因更正。"
        >
          <PublicityForm today={today} year={list.year} table={table} />
        </Section>
      )}
    </>
  );
}
