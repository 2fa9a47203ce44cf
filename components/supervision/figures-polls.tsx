import type { SupervisionYearFigures } from "@/lib/supervision/public";
import { SUPERVISION_KIND_LABELS } from "@/lib/supervision/public";
import { DataTable } from "@/components/ui/data-table";

type Row = SupervisionYearFigures["evaluated"][number];

/** Each unit (or official) evaluated this year: the round-1 tally and rate, and the 再测评's when held. */
export function FiguresPolls({ figures: f }: { figures: SupervisionYearFigures }) {
  return (
    <>
      <DataTable<Row>
        caption="测评结果"
        empty="本年度还没有民主测评结果"
        rows={f.evaluated}
        rowKey={(e) => `${e.activityId}-${e.name}`}
        columns={[
          { header: "测评对象", cell: (e) => e.name },
          { header: "活动", cell: (e) => `${SUPERVISION_KIND_LABELS[e.kind]} · ${e.activity}` },
          {
            header: "满意 / 基本满意 / 不满意 / 废票",
            cell: (e) =>
              e.round1
                ? `${e.round1.tally.satisfied} / ${e.round1.tally.basic} / ${e.round1.tally.unsatisfied} / ${e.round1.tally.invalid}`
                : "—",
          },
          { header: "满意率", cell: (e) => e.round1?.figures ?? "—" },
          { header: "再测评满意率", cell: (e) => e.round2?.figures ?? "—" },
        ]}
      />
      {f.suggestionHandling && (
        <p className="mt-2 text-sm">
          代表对{f.suggestionHandling.subject}满意度测评：{f.suggestionHandling.figures}
        </p>
      )}
    </>
  );
}
