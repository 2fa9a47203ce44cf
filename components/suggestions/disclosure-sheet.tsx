import { cnDate } from "@/lib/text/dates";
import { disclosureSummary, disclosureTitle, type Disclosure } from "@/lib/suggestions/disclosure";

const cell = "border border-black px-1.5 py-1 align-top";
const HEAD = ["序号", "编号", "建议标题", "类别", "承办单位", "答复类别", "答复内容", "交办日期", "答复日期"];

/**
 * 建议办理情况公开 for the 公开栏: on paper landscape A4 (globals.css `.disclosure-sheet`), 12 pt,
 * ruled table whose header repeats on every page, rows not split across pages; the township's
 * name in the title and the presidium's signature at the end. Nothing personal (lib/suggestions/disclosure.ts).
 */
export function DisclosureSheet({ data: d, issuedOn }: { data: Disclosure; issuedOn: string }) {
  return (
    <article
      aria-labelledby="disclosure-title"
      className="disclosure-sheet mx-auto w-full bg-white p-3 text-[12pt] leading-normal text-black shadow sm:p-[10mm] print:p-0 print:shadow-none"
    >
      <h1
        id="disclosure-title"
        className="mb-3 break-words text-center text-[15pt] font-bold leading-snug sm:text-[18pt] print:text-[18pt]"
      >
        {disclosureTitle(d)}
      </h1>
      <p className="mb-3 indent-[2em]">{disclosureSummary(d)}</p>
      {d.rows.length > 0 && (
        // On a phone the table scrolls sideways (a focusable region, so a keyboard can scroll it too).
        <div role="region" aria-label="办理情况明细" tabIndex={0} className="overflow-x-auto print:overflow-visible">
          <table className="w-full min-w-[900px] border-collapse print:min-w-0">
            <thead>
              <tr>
                {HEAD.map((h) => (
                  <th key={h} scope="col" className={`${cell} whitespace-nowrap bg-stone-100 text-center font-bold`}>
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {d.rows.map((r, i) => (
                <tr key={`${r.number}-${i}`}>
                  <td className={`${cell} text-center`}>{i + 1}</td>
                  <td className={`${cell} whitespace-nowrap`}>{r.number}</td>
                  <td className={`${cell} min-w-[8em]`}>{r.title}</td>
                  <td className={cell}>{r.category}</td>
                  <td className={`${cell} min-w-[6em]`}>
                    {r.leadUnit}
                    {r.coUnits && <span className="block">协办：{r.coUnits}</span>}
                  </td>
                  <td className={cell}>{r.replyClass}</td>
                  <td className={`${cell} w-[35%]`}>{r.reply}</td>
                  <td className={`${cell} whitespace-nowrap`}>{r.assignedOn}</td>
                  <td className={`${cell} whitespace-nowrap`}>{r.repliedOn}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="disclosure-sign mt-6 text-right">
        <p>{d.township}人民代表大会主席团</p>
        <p>{cnDate(issuedOn)}</p>
      </div>
    </article>
  );
}
