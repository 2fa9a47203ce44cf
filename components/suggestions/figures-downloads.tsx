import { inputClass } from "@/components/ui/form-field";
import type { SuggestionFigures } from "@/lib/suggestions/figures";

/** 下载: the presidium's report (Word) and, for the office and chair, the half-yearly disclosure. */
export function FiguresDownloads({ figures: f, canExport }: { figures: SuggestionFigures; canExport: boolean }) {
  const report = new URLSearchParams({ year: String(f.year), ...(f.sessionId ? { sessionId: f.sessionId } : {}) });
  const month = Number(f.asOf.slice(5, 7));
  const currentHalf = Number(f.asOf.slice(0, 4)) === f.year && month <= 6 ? "1" : "2";
  return (
    <section
      aria-labelledby="downloads-title"
      className="no-print mb-4 rounded border border-stone-200 bg-white p-3 sm:p-4"
    >
      <h2 id="downloads-title" className="font-medium">
        下载
      </h2>
      <div className="mt-2 flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-end">
        <a
          href={`/api/v1/suggestions/report?${report}`}
          className="inline-flex min-h-10 items-center justify-center rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
        >
          办理情况报告（Word）
        </a>
        {canExport && (
          <form
            method="get"
            action="/api/v1/suggestions/disclosure"
            aria-label="办理情况公开"
            className="flex flex-wrap items-end gap-2"
          >
            <input type="hidden" name="year" value={f.year} />
            <label className="flex flex-col text-sm">
              {f.year} 年办理情况公开
              <select name="half" defaultValue={currentHalf} className={`${inputClass} sm:w-52`}>
                <option value="1">上半年（1–6 月答复）</option>
                <option value="2">下半年（7–12 月答复）</option>
              </select>
            </label>
            <button
              type="submit"
              name="format"
              value="xlsx"
              className="min-h-10 rounded border border-stone-400 bg-white px-4 text-sm"
            >
              导出 Excel
            </button>
            <button
              type="submit"
              name="format"
              value="docx"
              className="min-h-10 rounded border border-stone-400 bg-white px-4 text-sm"
            >
              导出 Word
            </button>
            <button
              type="submit"
              formAction="/suggestions/disclosure"
              className="min-h-10 rounded border border-stone-400 bg-white px-4 text-sm"
            >
              打印公开表
            </button>
          </form>
        )}
      </div>
      <p className="mt-2 text-xs text-stone-600">
        报告中的数字均取自系统记录，文字部分可在 Word 中修改。公开材料不含代表姓名、电话、身份证号等个人信息。
      </p>
    </section>
  );
}
