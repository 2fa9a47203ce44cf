import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/page";
import { publicityView } from "@/lib/publicity/views";
import { PUBLICITY_KIND_LABELS, PUBLICITY_KINDS } from "@/lib/publicity/rules";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { YearPicker } from "@/components/ui/year-picker";
import { InlineFigure } from "@/components/ui/figure";
import { Alert } from "@/components/ui/alert";
import { DeletePublicityButton, PublicityForm } from "@/components/publicity/publicity-forms";

export const metadata: Metadata = { title: "宣传" };

type SP = Record<string, string | undefined>;

/** 宣传: the year's articles and reports sent, scored by the county's table, against the target and advanced line. */
export default async function PublicityPage({ searchParams }: { searchParams: Promise<SP> }) {
  const actor = await requirePageActor("publicity.list");
  const sp = await searchParams;
  const { list, today, table, may } = await publicityView(actor, sp);
  const f = list.figures;
  return (
    <>
      <PageHeader title={`${list.year}年人大宣传`} description="报送的信息、稿件按县人大宣传工作计分表计分。" />
      <YearPicker year={list.year} />
      <Section id="score" title="年度得分" description={f.rule}>
        <dl className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
          <InlineFigure label="得分" value={`${f.score}分`} />
          <InlineFigure label="目标" value={`${f.target}分`} />
          <InlineFigure label="先进线" value={`${f.advanced}分`} />
          <InlineFigure label="稿件" value={`${f.items}篇`} />
          <InlineFigure label="已刊发" value={`${f.published}篇`} />
        </dl>
        <div className="mt-3">
          {f.reachedAdvanced ? (
            <Alert tone="success">已达到先进线（{f.advanced}分）。</Alert>
          ) : f.reachedTarget ? (
            <Alert tone="success">已完成目标，距先进线还差 {f.toAdvanced} 分。</Alert>
          ) : (
            <Alert tone="warning">
              距目标还差 {f.toTarget} 分，距先进线还差 {f.toAdvanced} 分。
            </Alert>
          )}
        </div>
        <table className="mt-3 w-full text-left text-sm">
          <caption className="sr-only">按计分类别</caption>
          <thead>
            <tr className="bg-stone-100">
              <th scope="col" className="px-2 py-1">
                计分类别
              </th>
              <th scope="col" className="px-2 py-1">
                每篇
              </th>
              <th scope="col" className="px-2 py-1">
                篇数
              </th>
              <th scope="col" className="px-2 py-1">
                得分
              </th>
            </tr>
          </thead>
          <tbody>
            {f.byKind.map((k) => (
              <tr key={k.kind} className="border-t border-stone-200">
                <td className="px-2 py-1">{k.label}</td>
                <td className="px-2 py-1">{PUBLICITY_KINDS.includes(k.kind) ? `${table[k.kind]}分` : "—"}</td>
                <td className="px-2 py-1">{k.items}</td>
                <td className="px-2 py-1">{k.points}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section id="items" title="稿件">
        <DataTable
          caption={`${list.year}年宣传稿件`}
          rows={list.items}
          rowKey={(r) => r.id}
          empty="本年度还没有登记稿件"
          columns={[
            { header: "报送日期", cell: (r) => r.sentOn },
            { header: "标题", cell: (r) => r.title },
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
          description="按报送先后登记；补录以往稿件时填写实际报送日期。得分按登记时的计分标准计入并保留。"
        >
          <PublicityForm today={today} table={table} />
        </Section>
      )}
    </>
  );
}
