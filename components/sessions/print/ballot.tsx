import { PrintPage, PrintTable, cell } from "@/components/sessions/print/print-sheet";
import { ROUND_KIND_LABELS } from "@/lib/sessions/labels";

export interface BallotData {
  township: string;
  session: { title: string };
  /** Seats still open in a further round (另行选举), else all. */
  election: { title: string; seats: number; scrutineers: string[]; counters: string[] };
  round: { roundNo: number; further: boolean; kind: keyof typeof ROUND_KIND_LABELS };
  /** Those standing in this round: in a further round only the candidates chosen to stand again. */
  candidates: { id: string; name: string }[];
}

/** 重新投票, 再次投票 or 另行选举 (第N轮); nothing on the first round's ballot. */
const furtherLabel = (round: BallotData["round"]) =>
  round.further ? `${ROUND_KIND_LABELS[round.kind]}（第${round.roundNo}轮）` : null;

const box = <span aria-hidden className="inline-block h-[6mm] w-[6mm] border-2 border-black align-middle" />;

/** 选票: each candidate with 赞成/反对/弃权 boxes, lines for write-ins (另选他人), and the rules for a valid ballot. */
export function Ballot({ data }: { data: BallotData }) {
  const { election } = data;
  const further = furtherLabel(data.round);
  return (
    <PrintPage last={false} label="选票">
      <h1 className="text-center text-[16pt] font-bold">{data.session.title}</h1>
      <h2 className={`${further ? "" : "mb-3 "}text-center text-[20pt] font-bold tracking-[0.3em]`}>
        {election.title}选票
      </h2>
      {further && <p className="mb-3 text-center text-[15pt] font-bold">{further}</p>}
      <PrintTable head={["序号", "候选人姓名", "赞成", "反对", "弃权"]} className="text-[13pt]">
        {data.candidates.map((c, i) => (
          <tr key={c.id} className="h-[12mm]">
            <td className={`${cell} w-[10%] text-center`}>{i + 1}</td>
            <td className={`${cell} w-[36%] text-center text-[15pt]`}>{c.name}</td>
            <td className={`${cell} w-[18%] text-center`}>{box}</td>
            <td className={`${cell} w-[18%] text-center`}>{box}</td>
            <td className={`${cell} w-[18%] text-center`}>{box}</td>
          </tr>
        ))}
        {Array.from({ length: election.seats }, (_, i) => (
          <tr key={`other-${i}`} className="h-[12mm]">
            <td className={`${cell} text-center`}>另选</td>
            <td className={cell}>
              <span className="text-[10pt]">另选他人：</span>
            </td>
            <td className={`${cell} text-center`}>{box}</td>
            <td className={`${cell} bg-stone-200 print:bg-stone-200`} />
            <td className={`${cell} bg-stone-200 print:bg-stone-200`} />
          </tr>
        ))}
      </PrintTable>
      <div className="mt-4 text-[11pt]">
        <p className="font-semibold">说明：</p>
        <ol className="list-inside list-decimal space-y-1">
          <li>
            本次{further ? ROUND_KIND_LABELS[data.round.kind] : "选举"}应选 {election.seats} 名。
          </li>
          <li>对候选人，可以投赞成票，可以投反对票，也可以弃权，在相应的格内划“○”，每名候选人只能划一格。</li>
          <li>如另选他人，在“另选他人”栏内写上其姓名，并在其后的“赞成”格内划“○”。</li>
          <li>所划赞成（含另选）人数多于应选人数的选票作废。</li>
          <li>请用黑色或蓝色笔填写，不得涂改。</li>
        </ol>
      </div>
    </PrintPage>
  );
}

/** 计票单: the counters' sheet, keyed into the election's round afterwards. */
export function TallySheet({ data }: { data: BallotData }) {
  const { election } = data;
  const further = furtherLabel(data.round);
  const blankRows = Math.max(3, election.seats);
  const line = <span className="inline-block w-[22mm] border-b border-black" />;
  return (
    <PrintPage label="计票单">
      <h1 className="text-center text-[16pt] font-bold">{data.session.title}</h1>
      <h2 className={`${further ? "" : "mb-3 "}text-center text-[18pt] font-bold tracking-[0.3em]`}>
        {election.title}计票单
      </h2>
      {further && <p className="mb-3 text-center text-[14pt] font-bold">{further}</p>}
      <p className="mb-1">
        第 {further ? data.round.roundNo : line} 次投票　应选 {election.seats} 名　在任代表 {line} 名　出席代表 {line}{" "}
        名
      </p>
      <p className="mb-3">
        发出选票 {line} 张　收回选票 {line} 张　无效票 {line} 张　有效票 {line} 张
      </p>
      <PrintTable
        head={["序号", "候选人", "赞成票（划“正”字计数）", "赞成", "反对", "弃权", "当选"]}
        className="text-[11pt]"
      >
        {data.candidates.map((c, i) => (
          <tr key={c.id} className="h-[14mm]">
            <td className={`${cell} w-[7%] text-center`}>{i + 1}</td>
            <td className={`${cell} w-[15%] text-center`}>{c.name}</td>
            <td className={`${cell} w-[38%]`} />
            <td className={`${cell} w-[10%]`} />
            <td className={`${cell} w-[10%]`} />
            <td className={`${cell} w-[10%]`} />
            <td className={`${cell} w-[10%]`} />
          </tr>
        ))}
        {Array.from({ length: blankRows }, (_, i) => (
          <tr key={`other-${i}`} className="h-[14mm]">
            <td className={`${cell} text-center text-[9pt]`}>另选</td>
            {Array.from({ length: 6 }, (_, j) => (
              <td key={j} className={cell} />
            ))}
          </tr>
        ))}
      </PrintTable>
      <div className="mt-3 space-y-1 text-[10pt]">
        <p>1. 收回选票多于发出选票的，本次选举无效；等于或少于发出选票的，本次选举有效。</p>
        <p>2. 所划赞成（含另选）人数多于应选人数的选票作废，计入无效票。</p>
        <p>3. 候选人获得全体代表过半数的赞成票，始得当选；获得过半数赞成票的人数多于应选名额时，以得票多的当选。</p>
      </div>
      <div className="mt-8 grid grid-cols-2 gap-6">
        <p>
          监票人（签名）：
          {election.scrutineers.length ? (
            <span className="text-[9pt] text-stone-700">（{election.scrutineers.join("、")}）</span>
          ) : null}
        </p>
        <p>
          计票人（签名）：
          {election.counters.length ? (
            <span className="text-[9pt] text-stone-700">（{election.counters.join("、")}）</span>
          ) : null}
        </p>
        <p className="col-span-2 text-right">
          {line}年{line}月{line}日
        </p>
      </div>
    </PrintPage>
  );
}
