// One deputy's trainings for their record (履职档案, lib/record calls it through lib/training/public.ts): the
// year's trainings with attendance and assessment, days this year and this term, and the norms' warnings.
import type { TrainingAttendance, TrainingKind, LeaveRequestState } from "@/lib/generated/prisma/enums";
import { getSettings } from "@/lib/settings";
import { formatDay } from "@/lib/time/day";
import { ATTENDANCE_LABELS, TRAINING_KIND_LABELS } from "@/lib/training/labels";
import {
  TRAINING_NORM_SELECT,
  attendedOf,
  deputyWarnings,
  groupTrainingCounts,
  yearRange,
  type Client,
} from "@/lib/training/norms";
import { publicationRollIds } from "@/lib/roster/public";
import {
  NORMS_ARE_PRACTICE,
  daysTrained,
  firstSessionOf,
  trainingTally,
  type AttendedTraining,
  type TrainingTally,
} from "@/lib/training/rules";

export interface DeputyTrainingItem {
  id: string;
  title: string;
  kind: TrainingKind;
  kindLabel: string;
  startDate: string;
  endDate: string;
  days: number;
  place: string | null;
  /** null: not yet recorded (a training to come, or attendance not yet taken). */
  attendance: TrainingAttendance | null;
  attendanceLabel: string;
  leaveRequest: LeaveRequestState | null;
  score: number | null;
  /** 心得 */
  reflection: string | null;
}

export interface DeputyTrainingRecord {
  deputyId: string;
  year: number;
  trainings: DeputyTrainingItem[];
  /** The year's trainings attended, on leave, absent and days attended (the batch's figures, rules.ts). */
  tally: TrainingTally;
  /** Days attended (present) in trainings starting in the year. */
  daysThisYear: number;
  /** Days attended in all trainings of the deputy's term. */
  daysThisTerm: number;
  norm: { termDaysMin: number; termDaysMax: number; groupMinPerYear: number };
  /** The deputy's warnings (days this term, 初任学习) and their group's (trainings this year). */
  warnings: string[];
  /** Shown with the warnings: the figures are local practice. */
  normNote: string;
}

/** The deputy's trainings of a year; null when the deputy is not the township's. */
export async function deputyTrainingRecord(
  client: Client,
  townshipId: string,
  deputyId: string,
  year: number,
): Promise<DeputyTrainingRecord | null> {
  const deputy = await client.deputy.findFirst({
    where: { id: deputyId, townshipId },
    select: { id: true, termId: true, startDate: true, groupId: true },
  });
  if (!deputy) return null;
  const [enrolments, leaves, sessions, settings] = await Promise.all([
    client.trainingEnrolment.findMany({
      where: { townshipId, deputyId, session: { termId: deputy.termId, cancelled: false } },
      select: {
        attendance: true,
        score: true,
        reflection: true,
        session: { select: { id: true, title: true, place: true, ...TRAINING_NORM_SELECT } },
      },
      orderBy: { session: { startDate: "asc" } },
    }),
    client.trainingLeaveRequest.findMany({ where: { townshipId, deputyId }, select: { sessionId: true, state: true } }),
    client.congressSession.findMany({
      where: { townshipId, termId: deputy.termId },
      select: { number: true, startDate: true },
    }),
    getSettings(),
  ]);
  const all = enrolments.map((e) => attendedOf(e.session, e.attendance));
  const inYear = enrolments.filter((e) => inYearOf(year)(e.session));
  const leaveOf = new Map(leaves.map((l) => [l.sessionId, l.state]));
  const norm = {
    termDaysMin: settings["training.termDaysMin"],
    termDaysMax: settings["training.termDaysMax"],
    groupMinPerYear: settings["training.groupMinPerYear"],
  };
  const warnings = deputyWarnings(
    { startDate: deputy.startDate, trainings: all, firstSession: firstSessionOf(sessions, deputy.startDate) },
    { min: norm.termDaysMin, max: norm.termDaysMax },
  );
  if (deputy.groupId) {
    const group = (await groupTrainingCounts(client, townshipId, year)).find((g) => g.groupId === deputy.groupId);
    if (group?.warning) warnings.push(group.warning);
  }
  return {
    deputyId,
    year,
    trainings: inYear.map((e) => trainingItem(e, leaveOf.get(e.session.id) ?? null)),
    tally: trainingTally(inYear.map((e) => attendedOf(e.session, e.attendance))),
    daysThisYear: daysTrained(inYear.map((e) => attendedOf(e.session, e.attendance))),
    daysThisTerm: daysTrained(all),
    norm,
    warnings,
    normNote: NORMS_ARE_PRACTICE,
  };
}

/** Trainings starting in the year (the record's and the batch's rule). */
const inYearOf = (year: number) => {
  const { gte, lt } = yearRange(year);
  return (s: { startDate: Date }) => s.startDate >= gte && s.startDate < lt;
};

export interface DeputyTrainingYear {
  deputyId: string;
  /** The year's trainings attended, on leave, absent and days attended (as the record's tally). */
  tally: TrainingTally;
  /** Days attended in all trainings of the deputy's term (as the record's daysThisTerm). */
  daysThisTerm: number;
}

/**
 * Every sitting deputy's trainings of the year (those the 公示 lists), or the named deputies'; the record's
 * rules (deputyTrainingRecord's tally and daysThisTerm) in one query whatever the number of deputies.
 */
export async function deputyTrainingYears(
  client: Client,
  townshipId: string,
  year: number,
  deputyIds?: string[],
): Promise<Map<string, DeputyTrainingYear>> {
  const ids = deputyIds ?? (await publicationRollIds(client, townshipId, year));
  const rows = await client.trainingEnrolment.findMany({
    where: { townshipId, deputyId: { in: ids }, session: { cancelled: false } },
    select: {
      deputyId: true,
      attendance: true,
      deputy: { select: { termId: true } },
      session: { select: { termId: true, ...TRAINING_NORM_SELECT } },
    },
  });
  const byDeputy = new Map<string, AttendedTraining[]>(ids.map((id) => [id, []]));
  // The deputy's term only, as the record reads it.
  for (const r of rows)
    if (r.session.termId === r.deputy.termId) byDeputy.get(r.deputyId)?.push(attendedOf(r.session, r.attendance));
  const inYear = inYearOf(year);
  return new Map(
    ids.map((deputyId) => {
      const all = byDeputy.get(deputyId)!;
      return [deputyId, { deputyId, tally: trainingTally(all.filter(inYear)), daysThisTerm: daysTrained(all) }];
    }),
  );
}

type EnrolmentRow = {
  attendance: TrainingAttendance | null;
  score: number | null;
  reflection: string | null;
  session: {
    id: string;
    title: string;
    place: string | null;
    kind: TrainingKind;
    days: { toString(): string };
    startDate: Date;
    endDate: Date;
  };
};

const trainingItem = (e: EnrolmentRow, leaveRequest: LeaveRequestState | null): DeputyTrainingItem => ({
  id: e.session.id,
  title: e.session.title,
  kind: e.session.kind,
  kindLabel: TRAINING_KIND_LABELS[e.session.kind],
  startDate: formatDay(e.session.startDate),
  endDate: formatDay(e.session.endDate),
  days: Number(e.session.days.toString()),
  place: e.session.place,
  attendance: e.attendance,
  attendanceLabel: e.attendance ? ATTENDANCE_LABELS[e.attendance] : "未登记",
  leaveRequest,
  score: e.score,
  reflection: e.reflection,
});
