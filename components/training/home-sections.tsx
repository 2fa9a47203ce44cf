import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { Section } from "@/components/ui/section";
import { Alert } from "@/components/ui/alert";
import type { TrainingYearFigures } from "@/lib/training/figures";
import type { DeputyTrainingRecord } from "@/lib/training/deputy-record";

interface PlanRow {
  id: string;
  title: string;
  kindLabel: string;
  year: number | null;
  stateLabel: string;
}

export function PlanTable({ plans }: { plans: PlanRow[] }) {
  return (
    <DataTable<PlanRow>
      caption="培训计划列表"
      rows={plans}
      rowKey={(p) => p.id}
      empty="还没有培训计划"
      columns={[
        {
          header: "计划",
          cell: (p) => (
            <Link href={`/training/plans/${p.id}`} className="text-blue-800 underline">
              {p.title}
            </Link>
          ),
        },
        { header: "类型", cell: (p) => p.kindLabel },
        { header: "年度", cell: (p) => (p.year ? `${p.year}年` : "本届") },
        { header: "状态", cell: (p) => p.stateLabel },
      ]}
    />
  );
}

/** The norms' warnings: deputies (days this term, 初任学习) and groups (trainings a year), with the note that they are practice. */
export function NormWarnings({
  deputies,
  groups,
  note,
  citation,
}: {
  deputies: { deputyId: string; name: string; days: number; warnings: string[] }[];
  groups: { groupId: string; warning: string | null }[];
  note: string;
  citation: string;
}) {
  const count = deputies.length + groups.length;
  return (
    <Section id="warnings" title={`培训提醒（${count}）`} description={<p>{citation}</p>}>
      {count === 0 ? (
        <p className="text-sm text-stone-700">没有需要提醒的代表或代表小组。</p>
      ) : (
        <ul className="flex flex-col gap-1 text-sm">
          {groups.map((g) => (
            <li key={g.groupId}>{g.warning}</li>
          ))}
          {deputies.map((d) => (
            <li key={d.deputyId}>
              <span className="font-medium">{d.name}</span>：{d.warnings.join("；")}
            </li>
          ))}
        </ul>
      )}
      <p className="mt-2 text-xs text-stone-600">{note}</p>
    </Section>
  );
}

export function YearFigures({ f }: { f: TrainingYearFigures }) {
  const rows: [string, string][] = [
    ["已举办培训", `${f.held} 次，共 ${f.days} 天`],
    ["参加人次", `${f.enrolled}（出席 ${f.present}，请假 ${f.leave}，缺席 ${f.absent}，未登记 ${f.unrecorded}）`],
    ["出勤率", f.attendanceRate === null ? "—" : `${f.attendanceRate}%`],
    [
      "受训代表",
      `${f.deputiesTrained} / ${f.deputiesSitting} 人，覆盖率 ${f.coverage === null ? "—" : `${f.coverage}%`}`,
    ],
  ];
  return (
    <Section id="figures" title={`${f.year}年培训情况`}>
      <dl className="grid grid-cols-[6rem_1fr] gap-y-1 text-sm">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-stone-600">{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <ul className="mt-2 text-xs text-stone-600">
        {Object.values(f.rules).map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </Section>
  );
}

/** A deputy's own: days this year and this term, and their warnings. */
export function MyRecord({ record, citation }: { record: DeputyTrainingRecord; citation: string }) {
  return (
    <Section id="mine" title="我的培训情况" description={<p>{citation}</p>}>
      <p className="text-sm">
        本年培训 {record.daysThisYear} 天，本届累计 {record.daysThisTerm} 天（每届 {record.norm.termDaysMin}–
        {record.norm.termDaysMax} 天）。
      </p>
      {record.warnings.length > 0 && (
        <div className="mt-2">
          <Alert tone="warning">
            <ul>
              {record.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </Alert>
          <p className="mt-1 text-xs text-stone-600">{record.normNote}</p>
        </div>
      )}
    </Section>
  );
}
