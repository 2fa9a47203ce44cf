import { PrintPage, PrintTable, cell } from "@/components/sessions/print/print-sheet";
import type { printView } from "@/lib/supervision/views";

type Data = Awaited<ReturnType<typeof printView>>;

const box = <span aria-hidden className="inline-block h-[6mm] w-[6mm] border-2 border-black align-middle" />;

/** 民主测评票: each target with 满意 / 基本满意 / 不满意 boxes; unsigned (不记名). */
export function BallotSheet({ data }: { data: Data }) {
  return (
    <PrintPage label="民主测评票">
      <h1 className="text-center text-[16pt] font-bold">{data.township}人大主席团</h1>
      <h2 className="mb-1 text-center text-[20pt] font-bold tracking-[0.2em]">民主测评票</h2>
      <p className="mb-3 text-center text-[13pt]">{data.a.title}</p>
      <PrintTable head={["序号", "测评对象", "满意", "基本满意", "不满意"]} className="text-[13pt]">
        {data.subjects.map((s, i) => (
          <tr key={i} className="h-[12mm]">
            <td className={`${cell} w-[10%] text-center`}>{i + 1}</td>
            <td className={`${cell} w-[42%] text-center`}>{s}</td>
            <td className={`${cell} w-[16%] text-center`}>{box}</td>
            <td className={`${cell} w-[16%] text-center`}>{box}</td>
            <td className={`${cell} w-[16%] text-center`}>{box}</td>
          </tr>
        ))}
      </PrintTable>
      <div className="mt-4 text-[11pt]">
        <p className="font-semibold">说明：</p>
        <ol className="list-inside list-decimal space-y-1">
          <li>本票不记名。请对每个测评对象在相应的格内划“√”，每个对象只能划一格。</li>
          <li>一个对象划两格以上或未划的，该对象的票为废票。</li>
          <li>已在手机上投票的代表不再填写纸质票。</li>
        </ol>
      </div>
    </PrintPage>
  );
}

/** 测评结果汇总表: counts by choice, the reconciliation, the rate with its rule, and the counters' signatures. */
export function ResultSheet({ data }: { data: Data }) {
  const line = <span className="inline-block w-[30mm] border-b border-black" />;
  return (
    <PrintPage label="测评结果汇总表">
      <h1 className="text-center text-[16pt] font-bold">{data.a.title}</h1>
      <h2 className="mb-3 text-center text-[18pt] font-bold tracking-[0.2em]">民主测评结果汇总表</h2>
      <p className="mb-2 text-[11pt]">参加测评人数：{data.participants} 人</p>
      <PrintTable
        head={["测评对象", "收回票数", "满意", "基本满意", "不满意", "废票", "满意率"]}
        className="text-[11pt]"
      >
        {data.polls.map((p) => (
          <tr key={p.pollId}>
            <td className={cell}>{p.subject}</td>
            <td className={`${cell} whitespace-nowrap`}>{p.reconciliation?.text ?? "—"}</td>
            <td className={`${cell} text-center`}>{p.result?.satisfied ?? "—"}</td>
            <td className={`${cell} text-center`}>{p.result?.basic ?? "—"}</td>
            <td className={`${cell} text-center`}>{p.result?.unsatisfied ?? "—"}</td>
            <td className={`${cell} text-center`}>{p.result?.invalid ?? "—"}</td>
            <td className={`${cell} text-center whitespace-nowrap`}>
              {p.result ? (p.result.rate === null ? "—" : `${p.result.rate}%`) : "测评未结束"}
            </td>
          </tr>
        ))}
      </PrintTable>
      <p className="mt-3 text-[10.5pt]">计算规则：{data.rule}</p>
      <p className="mt-8 flex flex-wrap gap-8 text-[11pt]">
        <span>计票人：{line}</span>
        <span>监票人：{line}</span>
        <span>日期：{data.today}</span>
      </p>
    </PrintPage>
  );
}
