import type { ActivityDetail } from "@/lib/supervision/detail";
import { pollAnchor } from "@/lib/supervision/figures";

type Poll = ActivityDetail["polls"]["polls"][number];

/**
 * The polls: the office's reconciliation (纸质 N + 网上 M = 合计 T) and, once a poll is closed, its counts and
 * rate. Counts only — a ballot is never shown.
 */
export function PollTable({ polls, rule }: { polls: Poll[]; rule: string }) {
  if (!polls.length) return <p className="text-sm text-stone-600">活动开始后开启民主测评。</p>;
  const reconciling = polls.some((p) => p.reconciliation);
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-stone-700">
        <span className="font-medium">计算规则：</span>
        {rule}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[36rem] border-collapse text-sm">
          <caption className="sr-only">民主测评结果</caption>
          <thead className="bg-stone-100">
            <tr>
              {[
                "测评对象",
                "轮次",
                ...(reconciling ? ["收回票数"] : []),
                "满意",
                "基本满意",
                "不满意",
                "废票",
                "满意率",
              ].map((h) => (
                <th key={h} scope="col" className="border border-stone-300 px-2 py-1 text-left font-medium">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {polls.map((p) => (
              // A target's row of a round is the dashboard's poll bar's anchor (figures.ts pollAnchor).
              <tr
                key={p.pollId}
                id={p.targetId ? pollAnchor(p.targetId, p.round) : undefined}
                className="scroll-mt-24 target:bg-amber-50 target:outline-2 target:outline-amber-600"
              >
                <th scope="row" className="border border-stone-300 px-2 py-1 text-left font-normal">
                  {p.subject}
                </th>
                <td className="border border-stone-300 px-2 py-1">{p.roundLabel}</td>
                {reconciling && (
                  <td className="border border-stone-300 px-2 py-1 whitespace-nowrap">{p.reconciliation?.text}</td>
                )}
                {p.result ? (
                  <>
                    <td className="border border-stone-300 px-2 py-1">{p.result.satisfied}</td>
                    <td className="border border-stone-300 px-2 py-1">{p.result.basic}</td>
                    <td className="border border-stone-300 px-2 py-1">{p.result.unsatisfied}</td>
                    <td className="border border-stone-300 px-2 py-1">{p.result.invalid}</td>
                    <td className="border border-stone-300 px-2 py-1 font-semibold whitespace-nowrap">
                      {p.result.rate === null ? "—" : `${p.result.rate}%`}
                      <span className="ml-1 font-normal text-stone-600">（{p.result.rateText}）</span>
                    </td>
                  </>
                ) : (
                  <td colSpan={5} className="border border-stone-300 px-2 py-1 text-stone-600">
                    {p.closed ? "—" : "测评进行中，结束后公布结果"}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
