// The dashboard's key figures of the year — pure: each number from a module's year figures, with the list
// of the records behind it (a rate opens the records it is counted over).
import type { DashboardFigures } from "@/lib/dashboard/data";
import { listHref } from "@/lib/dashboard/links";

export interface KeyFigure {
  key: string;
  label: string;
  /** "12 件", "85%", "—" (a rate with no base). */
  value: string;
  /** The counts behind it ("已答复 10 件"). */
  detail: string;
  href: string;
}

const rate = (v: number | null) => (v === null ? "—" : `${v}%`);

type Slices = Pick<
  DashboardFigures,
  "year" | "suggestions" | "supervision" | "petitions" | "training" | "groups" | "reception" | "sixOne"
>;

/** Suggestions: how many, the on-time and the satisfaction rate — over the suggestions the figures count. */
function suggestionFigures(f: Slices): KeyFigure[] {
  const s = f.suggestions;
  const suggestions = listHref("/suggestions", { year: f.year, counted: "true" });
  return [
    {
      key: "suggestions",
      label: "代表建议",
      value: `${s.total} 件`,
      detail: `已答复 ${s.replied} 件`,
      href: suggestions,
    },
    {
      key: "on-time",
      label: "按时答复率",
      value: rate(s.onTimeRate),
      detail: `按时 ${s.onTime} 件 / ${s.replied + s.overdueUnanswered} 件`,
      href: suggestions,
    },
    {
      key: "satisfaction",
      label: "建议满意率",
      value: rate(s.satisfactionRate),
      detail: `满意和基本满意 ${s.satisfied + s.basicallySatisfied} 件 / 已评价 ${s.rated} 件`,
      href: suggestions,
    },
  ];
}

export function keyFigures(f: Slices): KeyFigure[] {
  const y = f.year;
  const petitions = listHref("/petitions", { year: y });
  const trainings = listHref("/training", { year: y, held: "true" });
  const p = f.petitions.total;
  return [
    ...suggestionFigures(f),
    {
      key: "supervision",
      label: "监督活动",
      value: `${f.supervision.activities.total} 次`,
      detail: `已结束 ${f.supervision.activities.concluded} 次，测评 ${f.supervision.evaluated.length} 个对象`,
      href: listHref("/supervision", { year: y, counted: "true" }),
    },
    {
      key: "petitions",
      label: "信访件",
      value: `${p.received} 件`,
      detail: `已办结 ${p.closed} 件，解决 ${p.resolved} 件`,
      href: petitions,
    },
    {
      key: "petitions-on-time",
      label: "信访按期办结率",
      value: rate(p.handling.rate),
      detail: `按期 ${p.handling.onTime} 件，逾期 ${p.handling.late + p.handling.overdue} 件`,
      href: petitions,
    },
    {
      key: "training",
      label: "代表培训",
      value: `${f.training.held} 次`,
      detail: `出勤率 ${rate(f.training.attendanceRate)}`,
      href: trainings,
    },
    {
      key: "training-coverage",
      label: "培训覆盖率",
      value: rate(f.training.coverage),
      detail: `参训代表 ${f.training.deputiesTrained} 名 / 在任 ${f.training.deputiesSitting} 名`,
      href: trainings,
    },
    {
      key: "group-activities",
      label: "小组活动",
      value: `${f.groups.total} 次`,
      detail: `出席 ${f.groups.attendances} 人次`,
      href: listHref("/groups/activities", { year: y }),
    },
    {
      key: "reception",
      label: "接待选民日",
      value: `${f.reception.days.held} 次`,
      detail: `接待群众 ${f.reception.visitors} 人次，解决 ${f.reception.solved} 个`,
      href: listHref("/reception-days", { year: y, when: "held" }),
    },
    {
      key: "six-one",
      label: "“六个一”全部完成",
      value: `${f.sixOne.complete} 人`,
      detail: `共 ${f.sixOne.deputies} 名代表`,
      href: f.sixOne.href,
    },
  ];
}
