import Link from "next/link";
import { Figure, pct, Section, ShareTable, Table } from "@/components/suggestions/figures-view-parts";
import type { SuggestionFigures } from "@/lib/suggestions/figures";
import { ON_TIME_RULE, REPLY_CLASS_LABELS, SUGGESTION_STATE_LABELS } from "@/lib/suggestions/labels";
import type { SuggestionState } from "@/lib/generated/prisma/enums";

const STATE_ORDER: SuggestionState[] = [
  "SUBMITTED",
  "REGISTERED",
  "ASSIGNED",
  "REHANDLING",
  "REPLIED",
  "RATED",
  "CLOSED",
];

type LinkTo = (over: Record<string, string | undefined>) => string;

/** The headline numbers of the selection. */
function HeadlineFigures({ figures: f }: { figures: SuggestionFigures }) {
  const assigned = f.total - f.unassigned;
  return (
    <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4" aria-label="主要数据">
      <Figure
        label="建议总数"
        value={`${f.total} 件`}
        hint={`已交办 ${assigned} 件${f.onAgenda ? `；另有议案 ${f.onAgenda} 件列入会议议程` : ""}`}
      />
      <Figure label="已答复" value={`${f.replied} 件`} hint={`尚未答复 ${assigned - f.replied} 件`} />
      <Figure
        label="按时答复率"
        value={pct(f.onTimeRate)}
        hint={`按时答复 ${f.onTime} 件；逾期未答复 ${f.overdueUnanswered} 件计入分母`}
      />
      <Figure
        label="满意率"
        value={pct(f.satisfactionRate)}
        hint={`已评价 ${f.rated} 件：满意 ${f.satisfied}、基本满意 ${f.basicallySatisfied}、不满意 ${f.unsatisfied}`}
      />
      <Figure
        label="办成率（A 类）"
        value={pct(f.resolvedRate)}
        hint={`A ${f.byClass.A} / B ${f.byClass.B} / C ${f.byClass.C}`}
      />
      <Figure label="重新办理" value={`${f.rehandled} 件`} hint={`代表不满意退回 ${f.rehandlings} 次`} />
      <Figure label="延期办理" value={`${f.delayed} 件`} hint="提交了延办反馈书" />
      <Figure label="当前逾期" value={`${f.overdue} 件`} hint={`截至 ${f.asOf}`} />
    </dl>
  );
}

/** Shares by state, reply class and content category. */
function ShareSections({ figures: f }: { figures: SuggestionFigures }) {
  return (
    <div className="grid gap-x-4 lg:grid-cols-2">
      <Section title="按办理状态">
        <ShareTable
          caption="按办理状态统计"
          label="状态"
          whole={f.total}
          rows={STATE_ORDER.filter((s) => f.byState[s]).map((s) => [SUGGESTION_STATE_LABELS[s], f.byState[s] ?? 0])}
        />
      </Section>
      <Section title="按答复类别">
        <ShareTable
          caption="按答复类别统计（占已答复件数）"
          label="类别"
          whole={f.replied}
          rows={(["A", "B", "C"] as const).map((c) => [REPLY_CLASS_LABELS[c], f.byClass[c]])}
        />
      </Section>
      <Section title="按内容类别">
        <ShareTable
          caption="按内容类别统计"
          label="类别"
          whole={f.total}
          rows={f.byCategory.map((c) => [c.name, c.total])}
        />
      </Section>
    </div>
  );
}

function UnitsSection({ figures: f, link }: { figures: SuggestionFigures; link: LinkTo }) {
  return (
    <Section title="各承办单位办理情况">
      {f.units.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 bg-white p-4 text-stone-600">尚无交办的建议</p>
      ) : (
        <Table
          caption="各承办单位办理情况（主办）"
          header={["主办单位", "交办", "已答复", "按时答复", "按时答复率", "已评价", "满意率", "重新办理", "当前逾期"]}
          rows={f.units.map((u) => [
            <Link key="u" href={link({ unitId: u.id })} className="text-blue-800 underline">
              {u.name}
            </Link>,
            u.total,
            u.replied,
            u.onTime,
            pct(u.onTimeRate),
            u.rated,
            pct(u.satisfactionRate),
            u.rehandled,
            u.overdue,
          ])}
        />
      )}
      {f.unassigned > 0 && (
        <p className="mt-1 text-sm text-stone-600">另有 {f.unassigned} 件尚未交办（已提交或已登记）。</p>
      )}
    </Section>
  );
}

function SessionsSection({ figures: f, link }: { figures: SuggestionFigures; link: LinkTo }) {
  return (
    <Section title="各次会议">
      {f.sessions.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 bg-white p-4 text-stone-600">暂无建议</p>
      ) : (
        <Table
          caption="按会议统计"
          header={["会议", "建议数", "已答复", "按时答复率", "已评价", "满意率", "重新办理", "当前逾期"]}
          rows={f.sessions.map((s) => [
            <Link key="s" href={link({ sessionId: s.id ?? "recess" })} className="text-blue-800 underline">
              {s.name}
            </Link>,
            s.total,
            s.replied,
            pct(s.onTimeRate),
            s.rated,
            pct(s.satisfactionRate),
            s.rehandled,
            s.overdue,
          ])}
        />
      )}
    </Section>
  );
}

/** The figures of the selection: headline numbers, by state, class and category, per unit and per session. */
export function FiguresView({ figures: f, link }: { figures: SuggestionFigures; link: LinkTo }) {
  return (
    <>
      <HeadlineFigures figures={f} />
      <ShareSections figures={f} />
      <UnitsSection figures={f} link={link} />
      <SessionsSection figures={f} link={link} />
      <p className="mt-4 text-xs text-stone-600">
        口径：不含草稿、撤回、合并的建议和列入会议议程的议案。{ON_TIME_RULE}答复类别以最近一次答复为准；满意率 =（满意 +
        基本满意）÷ 已评价，以代表最近一次评价为准。
      </p>
    </>
  );
}
