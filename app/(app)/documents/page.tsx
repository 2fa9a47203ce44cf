import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { registerView } from "@/lib/documents/views";
import { DIRECTION_LABELS } from "@/lib/documents/labels";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Pagination } from "@/components/ui/pagination";
import { RegisterForm } from "@/components/documents/register-form";
import { RegisterFilters, RegisterTable } from "@/components/documents/register-list";

export const metadata: Metadata = { title: "收发文登记" };

type SP = Record<string, string | undefined>;

/** 收发文登记: the year's register of one direction (收文 / 发文 tabs), filtered, paginated; the office registers. */
export default async function DocumentsPage({ searchParams }: { searchParams: Promise<SP> }) {
  const actor = await requirePageActor("document.list");
  const sp = await searchParams;
  const v = await registerView(actor, sp);
  const { year, direction } = v.query;
  const tab = (d: "INCOMING" | "OUTGOING") =>
    `inline-flex min-h-11 items-center rounded-t border px-4 text-sm ${
      d === direction ? "border-stone-400 border-b-white bg-white font-semibold" : "border-transparent text-blue-800"
    }`;
  return (
    <>
      <PageHeader
        title={`${year}年收发文登记`}
        description="收文、发文逐件登记：登记号按年度自动编排，可关联相关的会议、监督、建议、信访等记录。"
        actions={
          v.may.export ? (
            <a
              href={`/api/v1/documents/export?year=${year}`}
              className="rounded border border-stone-300 bg-white px-3 py-2 text-sm text-blue-800"
            >
              导出{year}年登记簿（Excel）
            </a>
          ) : undefined
        }
      />
      <nav aria-label="收文或发文" className="flex gap-1 border-b border-stone-400">
        {(["INCOMING", "OUTGOING"] as const).map((d) => (
          <Link
            key={d}
            href={`/documents?year=${year}&direction=${d}`}
            className={tab(d)}
            aria-current={d === direction ? "page" : undefined}
          >
            {DIRECTION_LABELS[d]}
          </Link>
        ))}
      </nav>
      <RegisterFilters year={year} direction={direction} category={v.query.category} q={v.query.q} />
      <RegisterTable rows={v.list.items} year={year} direction={direction} />
      <Pagination
        basePath="/documents"
        page={v.list.page}
        pageSize={v.list.pageSize}
        total={v.list.total}
        searchParams={{ ...sp, year: String(year), direction }}
      />
      {v.may.manage && (
        <Section
          id="register"
          title={direction === "INCOMING" ? "收文登记" : "发文登记"}
          description="按收到或发出的先后逐件登记；按纸质登记簿补录时填写实际日期，登记号按该日期所在年度编排。"
        >
          <RegisterForm key={direction} direction={direction} today={v.today} />
        </Section>
      )}
    </>
  );
}
