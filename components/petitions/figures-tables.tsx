import type { CountyCase, PetitionYearFigures } from "@/lib/petitions/figures";
import type { ClockTally, TallyGroup } from "@/lib/petitions/figures-rules";
import { PETITION_STATE_LABELS } from "@/lib/petitions/labels";
import { DataTable } from "@/components/ui/data-table";
import { InlineFigure } from "@/components/ui/figure";

const rate = (t: ClockTally) => (t.rate === null ? "—" : `${t.rate}%`);
const ofDue = (t: ClockTally) => `${t.onTime}/${t.onTime + t.late + t.overdue}`;

/** The year's totals, the county's cases included. */
export function PetitionTotals({ figures: f }: { figures: PetitionYearFigures }) {
  const t = f.total;
  return (
    <dl className="flex flex-wrap gap-x-8 gap-y-1 text-sm">
      <InlineFigure label="收到信访件" value={`${t.received} 件`} />
      <InlineFigure label="受理" value={`${t.accepted} 件`} />
      <InlineFigure label="转送、交办" value={`${t.forwarded} 件`} />
      <InlineFigure label="告知另行提出" value={`${t.redirected} 件`} />
      <InlineFigure label="办结" value={`${t.closed} 件`} />
      <InlineFigure label="解决" value={`${t.resolved} 件`} />
      <InlineFigure label="按时告知" value={`${ofDue(t.notice)}（${rate(t.notice)}）`} />
      <InlineFigure label="逾期未告知" value={`${t.notice.overdue} 件`} />
      <InlineFigure label="按期办结" value={`${ofDue(t.handling)}（${rate(t.handling)}）`} />
      <InlineFigure label="逾期未办结" value={`${t.handling.overdue} 件`} />
    </dl>
  );
}

/** One row per channel, category or lead unit. */
export function TallyTable({ caption, groups, first }: { caption: string; groups: TallyGroup[]; first: string }) {
  return (
    <DataTable<TallyGroup>
      caption={caption}
      empty="本年度没有信访件"
      rows={groups}
      rowKey={(g) => g.key}
      columns={[
        { header: first, cell: (g) => g.label },
        { header: "收到", cell: (g) => g.tally.received },
        { header: "受理", cell: (g) => g.tally.accepted },
        { header: "办结", cell: (g) => g.tally.closed },
        { header: "解决", cell: (g) => g.tally.resolved },
        { header: "按时告知", cell: (g) => `${ofDue(g.tally.notice)}（${rate(g.tally.notice)}）` },
        { header: "按期办结", cell: (g) => `${ofDue(g.tally.handling)}（${rate(g.tally.handling)}）` },
      ]}
    />
  );
}

/** The county congress's cases, each with its document number and the report back. */
export function CountyCases({ figures: f }: { figures: PetitionYearFigures }) {
  const c = f.county;
  return (
    <>
      <p className="mb-2 text-sm">
        上级人大转办 {c.tally.received} 件，办结 {c.tally.closed} 件，已报告 {c.reported} 件。
      </p>
      <DataTable<CountyCase>
        caption="上级人大转办信访件"
        empty="本年度没有上级人大转办的信访件"
        rows={c.cases}
        rowKey={(x) => x.id}
        columns={[
          { header: "来文文号", cell: (x) => x.sourceDocNo ?? "—" },
          { header: "来文日期", cell: (x) => x.sourceDocDate ?? "—" },
          { header: "事由", cell: (x) => x.subject },
          { header: "状态", cell: (x) => PETITION_STATE_LABELS[x.state] },
          { header: "报告", cell: (x) => (x.reportedOn ? `${x.reportedOn} ${x.reportNumber ?? ""}`.trim() : "—") },
        ]}
      />
    </>
  );
}
