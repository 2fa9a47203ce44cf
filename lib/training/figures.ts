// The year's training figures (培训工作年度数字): trainings held, days, enrolments and attendance, deputies
// trained and the coverage, and the groups' trainings against the norm. One function the pages and the annual
// summary call; every number is counted from the records, with its rule written next to it.
import type { TrainingKind } from "@/lib/generated/prisma/enums";
import { todayInChina } from "@/lib/time/day";
import { TRAINING_KINDS, TRAINING_KIND_LABELS } from "@/lib/training/labels";
import { groupTrainingCounts, yearRange, type Client, type GroupTrainingCount } from "@/lib/training/norms";
import { roundDays, wholePercent } from "@/lib/training/rules";

export const TRAINING_FIGURE_RULES = {
  held: "已举办：本年开始、未取消、开始日期不晚于统计日的培训。",
  attendance: "出勤率 = 出席人次 ÷（出席 + 请假 + 缺席人次），未登记出勤的不计，四舍五入取整。",
  coverage: "覆盖率 = 本年至少出席一次培训的代表 ÷ 本年内在任过的代表，四舍五入取整。",
  groups:
    "代表小组的培训：培训开始当日该小组在任成员全部报名的，计为该小组的一次培训（本乡镇规定每年不少于设定次数）。",
} as const;

export interface TrainingYearFigures {
  year: number;
  rules: typeof TRAINING_FIGURE_RULES;
  held: number;
  /** The year's trainings not cancelled, held or still to come (the year's schedule). */
  scheduled: number;
  days: number;
  byKind: { kind: TrainingKind; label: string; held: number; days: number }[];
  /** Enrolments (人次) in the trainings held. */
  enrolled: number;
  present: number;
  leave: number;
  absent: number;
  unrecorded: number;
  attendanceRate: number | null;
  /** Distinct deputies present at least once. */
  deputiesTrained: number;
  /** Deputies sitting at some time in the year. */
  deputiesSitting: number;
  coverage: number | null;
  groups: GroupTrainingCount[];
}

export async function trainingYearFigures(
  client: Client,
  townshipId: string,
  year: number,
  opts: { today?: Date } = {},
): Promise<TrainingYearFigures> {
  const today = opts.today ?? todayInChina();
  const { gte, lt } = yearRange(year);
  const [trainings, deputiesSitting, groups, scheduled] = await Promise.all([
    client.trainingSession.findMany({
      where: { townshipId, cancelled: false, startDate: { gte, lt, lte: today } },
      select: { kind: true, days: true, enrolments: { select: { deputyId: true, attendance: true } } },
    }),
    client.deputy.count({
      where: { townshipId, startDate: { lt }, OR: [{ leftDate: null }, { leftDate: { gt: gte } }] },
    }),
    groupTrainingCounts(client, townshipId, year),
    client.trainingSession.count({ where: { townshipId, cancelled: false, startDate: { gte, lt } } }),
  ]);
  const enrolments = trainings.flatMap((t) => t.enrolments);
  const count = (v: string | null) => enrolments.filter((e) => e.attendance === v).length;
  const [present, leave, absent] = [count("PRESENT"), count("LEAVE"), count("ABSENT")];
  const trained = new Set(enrolments.filter((e) => e.attendance === "PRESENT").map((e) => e.deputyId)).size;
  const daysOf = (list: typeof trainings) => roundDays(list.reduce((s, t) => s + Number(t.days.toString()), 0));
  return {
    year,
    rules: TRAINING_FIGURE_RULES,
    held: trainings.length,
    scheduled,
    days: daysOf(trainings),
    byKind: TRAINING_KINDS.map((kind) => {
      const of = trainings.filter((t) => t.kind === kind);
      return { kind, label: TRAINING_KIND_LABELS[kind], held: of.length, days: daysOf(of) };
    }),
    enrolled: enrolments.length,
    present,
    leave,
    absent,
    unrecorded: count(null),
    attendanceRate: wholePercent(present, present + leave + absent),
    deputiesTrained: trained,
    deputiesSitting,
    coverage: wholePercent(trained, deputiesSitting),
    groups,
  };
}
