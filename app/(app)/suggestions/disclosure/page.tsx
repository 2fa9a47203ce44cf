import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { disclosureData, disclosurePeriod } from "@/lib/suggestions/disclosure";
import { formatDay, todayInChina } from "@/lib/time/day";
import { PrintButton } from "@/components/sessions/print/print-button";
import { inputClass } from "@/components/ui/form-field";
import { DisclosureSheet } from "@/components/suggestions/disclosure-sheet";

export const metadata: Metadata = { title: "建议办理情况公开（打印）" };

/** 建议办理情况公开, printable for the 公开栏: the same rows as the .xlsx/.docx export (office and chair). */
export default async function DisclosurePrintPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("suggestion.export");
  const { year, half } = disclosurePeriod(await searchParams);
  const data = await disclosureData(actor, year, half);
  const download = (format: string) => `/api/v1/suggestions/disclosure?year=${year}&half=${half}&format=${format}`;
  return (
    <>
      <div className="no-print mb-4 flex flex-wrap items-end gap-3">
        <Link href={`/suggestions/figures?year=${year}`} className="text-sm text-brand-700 underline">
          返回建议办理统计
        </Link>
        <form method="get" aria-label="选择公开期间" className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col text-sm">
            年份
            <input
              name="year"
              type="number"
              defaultValue={year}
              min={2000}
              max={2100}
              className={`${inputClass} w-24`}
            />
          </label>
          <label className="flex flex-col text-sm">
            半年
            <select name="half" defaultValue={String(half)} className={`${inputClass} w-28`}>
              <option value="1">上半年</option>
              <option value="2">下半年</option>
            </select>
          </label>
          <button type="submit" className="min-h-10 rounded border border-stone-400 bg-white px-4 text-sm">
            查看
          </button>
        </form>
        <PrintButton />
        <a href={download("xlsx")} className="text-sm text-blue-800 underline">
          导出 Excel
        </a>
        <a href={download("docx")} className="text-sm text-blue-800 underline">
          导出 Word
        </a>
        <p className="w-full text-sm text-stone-600">A4 横向打印，每页重复表头；不含代表姓名等个人信息。</p>
      </div>
      <DisclosureSheet data={data} issuedOn={formatDay(todayInChina())} />
    </>
  );
}
