import Link from "next/link";
import { pct } from "@/components/suggestions/figures-view-parts";
import type { SuggestionFigures } from "@/lib/suggestions/figures";
import { ON_TIME_RULE, REPLY_CLASS_LABELS, SUGGESTION_STATE_LABELS } from "@/lib/suggestions/labels";
import type { SuggestionState } from "@/lib/generated/prisma/enums";

type Figures = SuggestionFigures;

function Figure({ label, value, hint }: { label: string; value: React.ReactNode; hint?: string }) {
  return (
    <div className="rounded border border-stone-200 px-3 py-2">
      <dt className="text-sm text-stone-600">{label}</dt>
      <dd className="text-xl font-semibold text-stone-900">{value}</dd>
      {hint && <dd className="text-xs text-stone-600">{hint}</dd>}
    </div>
  );
}

/** 办理情况: the year's figures, each counted from the records (lib/suggestions/figures.ts). */
export function FiguresPanel({ figures: f }: { figures: Figures }) {
  const states = Object.entries(f.byState) as [SuggestionState, number][];
  return (
    <section aria-labelledby="figures-title" className="mb-4 rounded border border-stone-200 bg-white p-3 sm:p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="figures-title" className="text-lg font-semibold">
          {f.year} 年办理情况
        </h2>
        <Link href={`/suggestions/figures?year=${f.year}`} className="no-print text-sm text-blue-800 underline">
          按会议、承办单位查看统计和下载报告
        </Link>
      </div>
      <dl className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5">
        <Figure label="建议总数" value={f.total} hint="不含草稿、撤回和已合并的" />
        <Figure
          label="按时答复率"
          value={pct(f.onTimeRate)}
          hint={`按时 ${f.onTime} 件 ÷（已答复 ${f.replied} 件 + 逾期未答复 ${f.overdueUnanswered} 件）`}
        />
        <Figure
          label="满意率"
          value={pct(f.satisfactionRate)}
          hint={`已评价 ${f.rated} 件：满意 ${f.satisfied}、基本满意 ${f.basicallySatisfied}、不满意 ${f.unsatisfied}`}
        />
        <Figure label="重新办理" value={`${f.rehandlings} 次`} hint={`代表不满意退回重办，涉及 ${f.rehandled} 件`} />
        <Figure
          label="答复类别"
          value={`${f.byClass.A} / ${f.byClass.B} / ${f.byClass.C}`}
          hint={(["A", "B", "C"] as const).map((c) => REPLY_CLASS_LABELS[c]).join("；")}
        />
      </dl>
      <p className="mt-2 text-xs text-stone-600">{ON_TIME_RULE}</p>
      {states.length > 0 && (
        <p className="mt-3 text-sm text-stone-700">
          按状态：{states.map(([s, n]) => `${SUGGESTION_STATE_LABELS[s]} ${n} 件`).join("，")}
        </p>
      )}
    </section>
  );
}
