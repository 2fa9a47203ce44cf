// Training's pure rules: days counted, and the three norms shown as warnings to the office and on a deputy's
// record. The duty to attend is the law's; the figures are the township's own practice (settings):
//   代表法（2025）第四十七条第三款：“乡、民族乡、镇的人民代表大会代表应当参加上级人民代表大会常务委员会和乡、
//   民族乡、镇的人民代表大会主席团组织的代表履职学习培训。”
// 5–7 days a term, 初任学习 before the first session and two group trainings a year are local practice
// (training.termDaysMin/Max, training.groupMinPerYear), not national law.
import type { TrainingAttendance, TrainingKind } from "@/lib/generated/prisma/enums";
import { formatDay } from "@/lib/time/day";

/** The law the duty to attend rests on, in its own words. */
export const ATTEND_DUTY_CITATION =
  "《代表法》第四十七条第三款：“乡、民族乡、镇的人民代表大会代表应当参加上级人民代表大会常务委员会和乡、民族乡、镇的人民代表大会主席团组织的代表履职学习培训。”";

/** Said wherever a norm's warning is shown: the figures are practice, not law. */
export const NORMS_ARE_PRACTICE =
  "培训天数、初任学习和代表小组培训次数的要求是本乡镇的工作规定（可在“设置”中调整），不是法律规定。";

/** Days are kept to one decimal (half days allowed). */
export const roundDays = (n: number) => Math.round(n * 10) / 10;

export interface AttendedTraining {
  kind: TrainingKind;
  days: number;
  startDate: Date;
  endDate: Date;
  cancelled?: boolean;
  attendance: TrainingAttendance | null;
}

/** Days a deputy was trained: the length of each training attended in person (present), not cancelled. */
export function daysTrained(trainings: readonly AttendedTraining[]): number {
  return roundDays(
    trainings.filter((t) => !t.cancelled && t.attendance === "PRESENT").reduce((sum, t) => sum + t.days, 0),
  );
}

export interface TrainingTally {
  /** Trainings attended in person (present). */
  attended: number;
  leave: number;
  absent: number;
  /** Days attended (daysTrained). */
  days: number;
}

/** A set of trainings (a deputy's year) counted by attendance; cancelled ones do not count. */
export function trainingTally(trainings: readonly AttendedTraining[]): TrainingTally {
  const held = trainings.filter((t) => !t.cancelled);
  const count = (a: TrainingAttendance) => held.filter((t) => t.attendance === a).length;
  return { attended: count("PRESENT"), leave: count("LEAVE"), absent: count("ABSENT"), days: daysTrained(held) };
}

export interface TermDaysNorm {
  min: number;
  max: number;
}

/** Fewer days this term than the norm's lower figure → a warning (the term is judged as it goes). */
export function termDaysWarning(days: number, norm: TermDaysNorm): string | null {
  if (days >= norm.min) return null;
  return `本届已培训 ${days} 天，未达到每届 ${norm.min}–${norm.max} 天的要求（本乡镇规定）`;
}

export interface FirstSession {
  number: number;
  startDate: Date;
}

/**
 * 初任学习 before the first session: the term's first congress session starting on or after the deputy's first
 * day. Done when an initial training the deputy attended ended on or before that session's first day (or, with
 * no session yet scheduled, when any was attended).
 */
export function initialTrainingWarning(
  trainings: readonly AttendedTraining[],
  firstSession: FirstSession | null,
): string | null {
  const attended = trainings.filter((t) => !t.cancelled && t.kind === "INITIAL" && t.attendance === "PRESENT");
  if (!firstSession) return attended.length > 0 ? null : "尚未参加初任学习（应在首次参加的会议前参加，本乡镇规定）";
  if (attended.some((t) => t.endDate.getTime() <= firstSession.startDate.getTime())) return null;
  return `未在首次参加的会议（第${firstSession.number}次会议，${formatDay(firstSession.startDate)}）前参加初任学习（本乡镇规定）`;
}

/** The first session a deputy sits in: the earliest starting on or after their first day. */
export function firstSessionOf<S extends FirstSession>(sessions: readonly S[], deputyStart: Date): S | null {
  const after = sessions.filter((s) => s.startDate.getTime() >= deputyStart.getTime());
  after.sort((a, b) => a.startDate.getTime() - b.startDate.getTime());
  return after[0] ?? null;
}

export interface GroupMemberSpan {
  deputyId: string;
  startDate: Date;
  leftDate: Date | null;
}

/** Members sitting on a day: started on or before it, not yet left. */
export const sittingOn = (members: readonly GroupMemberSpan[], day: Date) =>
  members.filter(
    (m) => m.startDate.getTime() <= day.getTime() && (!m.leftDate || m.leftDate.getTime() > day.getTime()),
  );

/**
 * A training counts for a group when the group's members sitting on its first day were all enrolled (there was
 * at least one) — the group was its audience, not one member who happened to go.
 */
export function countsForGroup(
  members: readonly GroupMemberSpan[],
  training: { startDate: Date; cancelled?: boolean },
  enrolled: ReadonlySet<string>,
): boolean {
  if (training.cancelled) return false;
  const sitting = sittingOn(members, training.startDate);
  return sitting.length > 0 && sitting.every((m) => enrolled.has(m.deputyId));
}

/** A group below the yearly figure → a warning naming the group. */
export function groupTrainingWarning(groupName: string, count: number, minPerYear: number): string | null {
  if (count >= minPerYear) return null;
  return `${groupName}本年培训 ${count} 次，少于每年 ${minPerYear} 次（本乡镇规定）`;
}

/** Whole-percent rate, null when the base is zero. */
export const wholePercent = (part: number, base: number) => (base > 0 ? Math.round((part * 100) / base) : null);
