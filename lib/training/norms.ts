// The norms' loaders: what rules.ts judges, read from the records of one township. Used by the office's list
// (every warning), the year's figures and a deputy's record (their own warnings).
import type { Tx } from "@/lib/db";
import { getSettings } from "@/lib/settings";
import {
  countsForGroup,
  daysTrained,
  firstSessionOf,
  groupTrainingWarning,
  initialTrainingWarning,
  termDaysWarning,
  type AttendedTraining,
} from "@/lib/training/rules";

/** The client or a transaction of it (every query names the township itself). */
export type Client = Tx;

export const yearRange = (year: number) => ({
  gte: new Date(Date.UTC(year, 0, 1)),
  lt: new Date(Date.UTC(year + 1, 0, 1)),
});

export interface GroupTrainingCount {
  groupId: string;
  name: string;
  count: number;
  warning: string | null;
}

/** Each group of the township with its trainings of the year (rules.ts countsForGroup) and its warning. */
export async function groupTrainingCounts(client: Client, townshipId: string, year: number) {
  const [groups, trainings, settings] = await Promise.all([
    client.representativeGroup.findMany({
      where: { townshipId },
      select: {
        id: true,
        name: true,
        members: { select: { id: true, startDate: true, leftDate: true } },
      },
      orderBy: [{ nameKey: "asc" }, { name: "asc" }],
    }),
    client.trainingSession.findMany({
      where: { townshipId, cancelled: false, startDate: yearRange(year) },
      select: { startDate: true, enrolments: { select: { deputyId: true } } },
    }),
    getSettings(),
  ]);
  const min = settings["training.groupMinPerYear"];
  return groups
    .filter((g) => g.members.length > 0)
    .map((g): GroupTrainingCount => {
      const members = g.members.map((m) => ({ deputyId: m.id, startDate: m.startDate, leftDate: m.leftDate }));
      const count = trainings.filter((t) =>
        countsForGroup(members, t, new Set(t.enrolments.map((e) => e.deputyId))),
      ).length;
      return { groupId: g.id, name: g.name, count, warning: groupTrainingWarning(g.name, count, min) };
    });
}

export interface DeputyNormInput {
  startDate: Date;
  trainings: AttendedTraining[];
  firstSession: { number: number; startDate: Date } | null;
}

/** A deputy's own warnings: days this term against the norm, and 初任学习 before the first session. */
export function deputyWarnings(input: DeputyNormInput, norm: { min: number; max: number }): string[] {
  const days = daysTrained(input.trainings);
  return [termDaysWarning(days, norm), initialTrainingWarning(input.trainings, input.firstSession)].filter(
    (w): w is string => w !== null,
  );
}

/** The deputies of a term with their warnings (the office's list); loads every enrolment of the term once. */
export async function deputyNormWarnings(client: Client, townshipId: string, termId: string, today: Date) {
  const [deputies, enrolments, sessions, settings] = await Promise.all([
    client.deputy.findMany({
      where: { townshipId, termId, startDate: { lte: today }, OR: [{ leftDate: null }, { leftDate: { gt: today } }] },
      select: { id: true, name: true, startDate: true },
      orderBy: [{ nameKey: "asc" }, { name: "asc" }],
    }),
    client.trainingEnrolment.findMany({
      where: { townshipId, session: { termId, cancelled: false } },
      select: { deputyId: true, attendance: true, session: { select: TRAINING_NORM_SELECT } },
    }),
    client.congressSession.findMany({ where: { townshipId, termId }, select: { number: true, startDate: true } }),
    getSettings(),
  ]);
  const norm = { min: settings["training.termDaysMin"], max: settings["training.termDaysMax"] };
  const byDeputy = new Map<string, AttendedTraining[]>();
  for (const e of enrolments) {
    const list = byDeputy.get(e.deputyId) ?? [];
    list.push(attendedOf(e.session, e.attendance));
    byDeputy.set(e.deputyId, list);
  }
  return deputies
    .map((d) => {
      const trainings = byDeputy.get(d.id) ?? [];
      const warnings = deputyWarnings(
        { startDate: d.startDate, trainings, firstSession: firstSessionOf(sessions, d.startDate) },
        norm,
      );
      return { deputyId: d.id, name: d.name, days: daysTrained(trainings), warnings };
    })
    .filter((d) => d.warnings.length > 0);
}

export const TRAINING_NORM_SELECT = {
  kind: true,
  days: true,
  startDate: true,
  endDate: true,
  cancelled: true,
} as const;

export const attendedOf = (
  s: {
    kind: AttendedTraining["kind"];
    days: { toString(): string };
    startDate: Date;
    endDate: Date;
    cancelled: boolean;
  },
  attendance: AttendedTraining["attendance"],
): AttendedTraining => ({
  kind: s.kind,
  days: Number(s.days.toString()),
  startDate: s.startDate,
  endDate: s.endDate,
  cancelled: s.cancelled,
  attendance,
});
