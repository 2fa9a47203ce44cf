import { cnDateRange } from "@/lib/text/dates";
import { PrintPage, PrintTable } from "@/components/sessions/print/print-sheet";

export const SIGN_IN_PER_PAGE = 30;

// Rows of 7.2 mm with tight lines: heading + 30 rows stay within one A4 page at 15 mm margins.
const cell = "border border-black px-2 py-0.5";

export interface SignInData {
  township: string;
  session: { title: string; startDate: string; endDate: string; venue: string };
  deputies: { id: string; name: string; group: string }[];
}

/** 签到表: 30 names a sheet, each sheet with the heading; the last sheet is filled up with blank rows for late additions. */
export function SignInSheet({ data }: { data: SignInData }) {
  const pages: SignInData["deputies"][] = [];
  for (let i = 0; i < data.deputies.length; i += SIGN_IN_PER_PAGE)
    pages.push(data.deputies.slice(i, i + SIGN_IN_PER_PAGE));
  if (!pages.length) pages.push([]);
  return (
    <>
      {pages.map((rows, p) => (
        <PrintPage key={p} last={p === pages.length - 1} label={`签到表第 ${p + 1} 页`}>
          <h1 className="text-center text-[16pt] font-bold">{data.session.title}</h1>
          <h2 className="text-center text-[14pt] font-bold tracking-[0.5em]">代表签到表</h2>
          <p className="mb-2 mt-1 flex justify-between text-[10pt]">
            <span>
              会议日期：{cnDateRange(data.session.startDate, data.session.endDate)}　会场：{data.session.venue}
            </span>
            <span>
              第 {p + 1} 页 / 共 {pages.length} 页
            </span>
          </p>
          <PrintTable head={["序号", "姓名", "代表小组", "签名"]} className="leading-tight">
            {Array.from({ length: SIGN_IN_PER_PAGE }, (_, i) => {
              const d = rows[i];
              return (
                <tr key={d?.id ?? `blank-${i}`} className="h-[7.2mm]">
                  <td className={`${cell} w-[12%] text-center`}>{d ? p * SIGN_IN_PER_PAGE + i + 1 : ""}</td>
                  <td className={`${cell} w-[20%]`}>{d?.name}</td>
                  <td className={`${cell} w-[30%]`}>{d?.group}</td>
                  <td className={`${cell} w-[38%]`} />
                </tr>
              );
            })}
          </PrintTable>
          {!data.deputies.length && <p className="mt-2 text-center text-[10pt]">会议开幕日没有在任代表。</p>}
        </PrintPage>
      ))}
    </>
  );
}
