import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/page";
import { archiveView } from "@/lib/archive/views";
import { formatSize } from "@/lib/files/types";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { YearPicker } from "@/components/ui/year-picker";
import { CategoryNav } from "@/components/archive/category-nav";

export const metadata: Metadata = { title: "年度归档" };

type SP = Record<string, string | undefined>;

/** 分类归档: the year's files of every record by category, each downloadable, and the year's .zip with its index. */
export default async function ArchivePage({ searchParams }: { searchParams: Promise<SP> }) {
  const sp = await searchParams;
  const actor = await requirePageActor("archive.view");
  const v = await archiveView(actor, sp);
  const chosen = sp.category;
  const all = v.categories.reduce((n, c) => n + c.files, 0);
  return (
    <>
      <PageHeader
        title={`${v.year}年归档`}
        description="各项工作记录的文件按年度、分类归档：会议、监督、建议、信访、小组活动、履职登记和收发文。"
        actions={
          all > 0 ? (
            <a
              href={`/api/v1/archive/zip?year=${v.year}`}
              className="inline-flex min-h-10 items-center rounded bg-brand-700 px-4 text-sm text-white"
            >
              下载{v.year}年归档包（zip）
            </a>
          ) : undefined
        }
      />
      <YearPicker year={v.year} />
      <CategoryNav year={v.year} chosen={chosen} categories={v.categories} />
      <Section
        id="files"
        title="文件"
        description="归档包内含目录（目录.xlsx：分类、所属记录、文件、日期、大小、SHA-256），可打印后与纸质档案一并存档。"
      >
        <DataTable
          caption={`${v.year}年归档文件`}
          rows={v.items}
          rowKey={(r) => `${r.category}:${r.id}`}
          empty={`${v.year}年没有归档文件`}
          columns={[
            { header: "分类", cell: (r) => r.categoryLabel },
            { header: "所属记录", cell: (r) => r.record },
            {
              header: "文件",
              cell: (r) => (
                <a href={`/api/v1/archive/file?category=${r.category}&id=${r.id}`} className="text-blue-800 underline">
                  {r.filename}
                </a>
              ),
            },
            { header: "日期", cell: (r) => r.date },
            { header: "大小", cell: (r) => formatSize(r.size) },
          ]}
        />
        <Pagination
          basePath="/archive"
          page={v.page}
          pageSize={v.pageSize}
          total={v.total}
          searchParams={{ ...sp, year: String(v.year) }}
        />
      </Section>
    </>
  );
}
