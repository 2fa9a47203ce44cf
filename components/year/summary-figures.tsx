import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { Section } from "@/components/ui/section";
import { SESSION_KIND_LABELS } from "@/lib/sessions/labels";
import { changeText, valueText, type KeyFigure, type SummaryAreaId, type YearSummary } from "@/lib/year/summary";

/** A change, coloured only as a hint (the words say it): more is not always better, so no green or red. */
function Change({ f }: { f: KeyFigure }) {
  return <span className={f.change ? "font-medium" : "text-stone-600"}>{changeText(f.change, f.unit)}</span>;
}

/** One area's key figures: this period, the same period a year before, the change; each links to its records. */
export function AreaFigures({
  id,
  title,
  figures,
  periodLabel,
  previousLabel,
  description,
  children,
}: {
  id: SummaryAreaId;
  title: string;
  figures: KeyFigure[];
  periodLabel: string;
  previousLabel: string;
  description?: string;
  children?: React.ReactNode;
}) {
  return (
    <Section id={`area-${id}`} title={title} description={description}>
      <DataTable<KeyFigure>
        caption={`${title}：${periodLabel}与${previousLabel}`}
        rows={figures}
        rowKey={(f) => f.id}
        columns={[
          {
            header: "项目",
            cell: (f) => (
              <Link href={f.href} className="text-blue-800 underline">
                {f.label}
              </Link>
            ),
          },
          { header: periodLabel, cell: (f) => <span className="font-semibold">{valueText(f.value, f.unit)}</span> },
          { header: previousLabel, cell: (f) => valueText(f.previous, f.unit) },
          { header: "增减", cell: (f) => <Change f={f} /> },
        ]}
      />
      {children}
    </Section>
  );
}

/** The sessions held, one line each (the summary's 人代会 paragraph draws on it). */
export function SessionLines({ s }: { s: YearSummary }) {
  const f = s.current.sessions;
  if (!f.sessions.items.length && !f.elections.items.length) return null;
  return (
    <ul className="mt-3 list-disc space-y-1 pl-5 text-sm">
      {f.sessions.items.map((x) => (
        <li key={x.id}>
          <Link href={`/sessions/${x.id}`} className="text-blue-800 underline">
            第{x.termNumber}届第{x.number}次会议
          </Link>
          （{SESSION_KIND_LABELS[x.kind]}，{x.startDate}至{x.endDate}，{x.days} 天）：应到 {x.sitting} 人，出席{" "}
          {x.present} 人，表决通过 {x.votesPassed} 项，选举产生 {x.elected} 人
        </li>
      ))}
      {f.elections.items.map((e) => (
        <li key={e.id}>
          {e.title}：{e.names.join("、")}当选
        </li>
      ))}
    </ul>
  );
}

/** The supervision activities counted, each linked (the summary's 监督 paragraph names them). */
export function SupervisionLines({ s }: { s: YearSummary }) {
  const items = s.current.supervision.activities.items;
  if (!items.length) return null;
  return (
    <ul className="mt-3 list-disc space-y-1 pl-5 text-sm">
      {items.map((a) => (
        <li key={a.id}>
          <Link href={`/supervision/${a.id}`} className="text-blue-800 underline">
            {a.title}
          </Link>
          （{a.startDate}）
        </li>
      ))}
    </ul>
  );
}

/** Each area's counting rules, as the modules state them, under the area's heading. */
export function areaRules(s: YearSummary): Record<SummaryAreaId, string> {
  const c = s.current;
  return {
    sessions: `${c.sessions.rules.sessions}${c.sessions.rules.attendance}${c.sessions.rules.presidium}`,
    supervision: `${c.supervision.rules.activities}${c.supervision.rules.onTime}`,
    suggestions: "按建议的年度统计；按时答复率、满意率的规则见建议办理统计页。",
    petitions: `${c.petitions.rules.received}${c.petitions.rules.handling}`,
    reception: `${c.reception.rules.held}${c.reception.rules.visitors}`,
    training: `${c.training.rules.held}${c.training.rules.attendance}${c.training.rules.coverage}`,
    groups: c.groups.rules.counted,
    duties: c.duties.rules.entries,
  };
}
