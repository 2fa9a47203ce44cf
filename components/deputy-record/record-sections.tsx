import type { DeputyRecord } from "@/lib/deputy-record/record";
import { ATTENDANCE_LABELS } from "@/lib/sessions/labels";
import {
  RATING_LABELS,
  REPLY_CLASS_LABELS,
  SUGGESTION_KIND_LABELS,
  SUGGESTION_STATE_LABELS,
} from "@/lib/suggestions/labels";
import { SUPERVISION_ATTENDANCE_LABELS, SUPERVISION_KIND_LABELS } from "@/lib/supervision/labels";
import { cnOrdinal } from "@/lib/text/numerals";
import { Section } from "@/components/ui/section";
import { Alert } from "@/components/ui/alert";
import { DataTable } from "@/components/ui/data-table";

type R = DeputyRecord;

/** A line of figures, as a list of label–number pairs. */
function Figures({ items }: { items: [string, React.ReactNode][] }) {
  return (
    <dl className="mb-3 flex flex-wrap gap-x-5 gap-y-1 text-sm">
      {items.map(([k, v]) => (
        <div key={k} className="flex gap-1">
          <dt className="text-stone-600">{k}</dt>
          <dd className="font-semibold">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export function SessionsSection({ r }: { r: R }) {
  const f = r.sessions.figures;
  return (
    <Section id="sessions" title="出席本级人民代表大会会议" description={r.rules.absences}>
      <Figures
        items={[
          ["应出席", f.total],
          ["出席", f.present + f.leftEarly],
          ["其中中途离会", f.leftEarly],
          ["请假", f.leave],
          ["缺席", f.absent],
        ]}
      />
      {r.sessions.warning && (
        <div className="mb-3">
          <Alert tone={r.sessions.warning.level === "warning" ? "error" : "warning"}>{r.sessions.warning.text}</Alert>
        </div>
      )}
      <DataTable
        rows={r.sessions.items}
        rowKey={(s) => s.sessionId}
        caption="会议出席情况"
        empty="本年度没有该代表应出席的会议"
        columns={[
          { header: "会议", cell: (s) => `${cnOrdinal(s.number)}次会议` },
          { header: "日期", cell: (s) => s.startDate },
          { header: "出席情况", cell: (s) => (s.status ? ATTENDANCE_LABELS[s.status] : "未登记") },
        ]}
      />
    </Section>
  );
}

export function SuggestionsSection({ r }: { r: R }) {
  const f = r.suggestions.figures;
  return (
    <Section
      id="suggestions"
      title="提出建议、批评和意见"
      description="按建议年度统计，含领衔和附议；答复类别和评价为最近一次"
    >
      <Figures
        items={[
          ["件数", f.total],
          ["领衔", f.led],
          ["附议", f.cosigned],
          ["已答复", f.replied],
          ["A类", f.classes.A],
          ["B类", f.classes.B],
          ["C类", f.classes.C],
          ["满意", f.ratings.SATISFIED],
          ["基本满意", f.ratings.BASICALLY_SATISFIED],
          ["不满意", f.ratings.UNSATISFIED],
        ]}
      />
      <DataTable
        rows={r.suggestions.items}
        rowKey={(s) => s.id}
        caption="建议及办理结果"
        empty="本年度没有建议"
        columns={[
          { header: "编号", cell: (s) => s.number ?? "—" },
          {
            header: "标题",
            cell: (s) => (
              <a href={`/suggestions/${s.id}`} className="text-blue-800 underline">
                {s.title}
              </a>
            ),
          },
          { header: "类别", cell: (s) => `${SUGGESTION_KIND_LABELS[s.kind]}（${s.lead ? "领衔" : "附议"}）` },
          { header: "状态", cell: (s) => SUGGESTION_STATE_LABELS[s.state] },
          { header: "答复类别", cell: (s) => (s.replyClass ? REPLY_CLASS_LABELS[s.replyClass] : "未答复") },
          { header: "评价", cell: (s) => (s.rating ? RATING_LABELS[s.rating] : "—") },
        ]}
      />
    </Section>
  );
}

export function SupervisionSection({ r }: { r: R }) {
  const f = r.supervision.figures;
  return (
    <Section
      id="supervision"
      title="参加监督活动和民主测评"
      description="方案经批准后的活动计入；民主测评只记参加（网上投票），从不记录投了什么"
    >
      <Figures
        items={[
          ["参加活动", f.activities],
          ["出席", f.attended],
          ["参加测评", f.polls],
        ]}
      />
      <DataTable
        rows={r.supervision.activities}
        rowKey={(a) => a.id}
        caption="监督活动"
        empty="本年度没有参加的监督活动"
        columns={[
          { header: "活动", cell: (a) => a.title },
          { header: "类别", cell: (a) => SUPERVISION_KIND_LABELS[a.kind] },
          { header: "日期", cell: (a) => a.startDate },
          { header: "出席情况", cell: (a) => (a.attendance ? SUPERVISION_ATTENDANCE_LABELS[a.attendance] : "未登记") },
        ]}
      />
      {r.supervision.polls.length > 0 && (
        <ul className="mt-3 list-inside list-disc text-sm">
          {r.supervision.polls.map((p) => (
            <li key={p.pollId}>
              {p.activity}：对{p.subject}的{p.round > 1 ? "再测评" : "民主测评"}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

export function TrainingSection({ t }: { t: NonNullable<R["training"]> }) {
  return (
    <Section id="training" title="参加培训" description={t.normNote}>
      <Figures
        items={[
          ["培训次数", t.trainings.length],
          ["本年度天数", t.daysThisYear],
          ["本届累计天数", t.daysThisTerm],
          ["每届要求", `${t.norm.termDaysMin}–${t.norm.termDaysMax}天`],
        ]}
      />
      {t.warnings.length > 0 && (
        <div className="mb-3 flex flex-col gap-2">
          {t.warnings.map((w) => (
            <Alert key={w} tone="warning">
              {w}
            </Alert>
          ))}
        </div>
      )}
      <DataTable
        rows={t.trainings}
        rowKey={(x) => x.id}
        caption="培训"
        empty="本年度没有参加的培训"
        columns={[
          { header: "培训", cell: (x) => x.title },
          { header: "类别", cell: (x) => x.kindLabel },
          { header: "日期", cell: (x) => x.startDate },
          { header: "天数", cell: (x) => x.days },
          { header: "出席情况", cell: (x) => x.attendanceLabel },
        ]}
      />
    </Section>
  );
}
