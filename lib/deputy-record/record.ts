// One deputy's year (履职档案, 代表法 第五十八条第二款): gathered from each module's public functions —
// sessions attended or excused (with the 第六十二条 warning), suggestions with their outcomes, supervision
// activities and polls taken part in; trainings, reception days served, group activities, the duty register with its 六个一 card and
// 述职. The same gathering serves the page, the API, the .docx and the 公示.
import type { Actor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import { notFound } from "@/lib/http/errors";
import { getSettings } from "@/lib/settings";
import { todayInChina } from "@/lib/time/day";
import { deputyRecordFacts, type DeputyRecordFacts } from "@/lib/roster/public";
import { deputySessionAttendance } from "@/lib/sessions/public";
import { deputySuggestions, type DeputySuggestion } from "@/lib/suggestions/public";
import { deputySupervision, type DeputySupervision } from "@/lib/supervision/public";
import { deputyTrainingRecord, type DeputyTrainingRecord } from "@/lib/training/public";
import { deputyGroupActivities, type DeputyGroupActivities } from "@/lib/group-activities/public";
import { deputyDutiesRecord, type DeputyDutiesRecord } from "@/lib/duties/public";
import { deputyReceptionYear, type DeputyReceptionDay } from "@/lib/reception/public";
import { canViewDeputyRecord } from "@/lib/deputy-record/policy";
import {
  ABSENCE_RULE,
  recordYears,
  sessionsSection,
  suggestionFigures,
  supervisionFigures,
  type SuggestionFigures,
  type SupervisionFigures,
} from "@/lib/deputy-record/rules";

export interface RecordSections {
  sessions: ReturnType<typeof sessionsSection>;
  suggestions: { items: DeputySuggestion[]; figures: SuggestionFigures };
  supervision: DeputySupervision & { figures: SupervisionFigures };
}

/** Each deputy's sections of `year`, read in one query per module whatever the number of deputies. */
export async function gatherSections(
  client: Tx,
  townshipId: string,
  deputyIds: string[],
  year: number,
): Promise<Map<string, RecordSections>> {
  const [settings, sessions, suggestions, supervision] = await Promise.all([
    getSettings(),
    deputySessionAttendance(client, townshipId, deputyIds, year),
    deputySuggestions(client, townshipId, deputyIds, year),
    deputySupervision(client, townshipId, deputyIds, year),
  ]);
  const limit = settings["sessions.unapprovedAbsenceLimit"];
  return new Map(
    deputyIds.map((id) => {
      const own = { suggestions: suggestions.get(id) ?? [], supervision: supervision.get(id)! };
      return [
        id,
        {
          sessions: sessionsSection(sessions.get(id)!, limit),
          suggestions: { items: own.suggestions, figures: suggestionFigures(own.suggestions) },
          supervision: { ...own.supervision, figures: supervisionFigures(own.supervision) },
        },
      ];
    }),
  );
}

export type RecordDeputy = Omit<DeputyRecordFacts, "linkedMemberIds">;

export interface DeputyRecord extends RecordSections {
  year: number;
  /** The years the picker offers: the deputy's first year to this one. */
  years: number[];
  deputy: RecordDeputy;
  /** Trainings of the year, days this year and this term, the norms' warnings (lib/training). */
  training: DeputyTrainingRecord | null;
  /** The group's activities of the year and those the deputy attended (lib/group-activities). */
  groupActivities: DeputyGroupActivities;
  /** The duty register by kind, the 六个一 card and the 述职 with their rates (lib/duties). */
  duties: DeputyDutiesRecord;
  /** The reception days (接待选民日) the deputy was on duty, with the visitors they received (lib/reception). */
  reception: DeputyReceptionDay[];
  rules: { absences: string };
}

/** The deputy's record of a year, for those who may read it; anyone else: 404. */
export async function deputyRecord(actor: Actor, deputyId: string, year: number): Promise<DeputyRecord> {
  const facts = await deputyRecordFacts(db, actor.townshipId, deputyId);
  if (!facts || !canViewDeputyRecord(actor, { ...facts, townshipId: actor.townshipId })) throw notFound("代表不存在");
  const [gathered, training, groupActivities, duties, reception] = await Promise.all([
    gatherSections(db, actor.townshipId, [deputyId], year),
    deputyTrainingRecord(db, actor.townshipId, deputyId, year),
    deputyGroupActivities(db, actor.townshipId, deputyId, year),
    deputyDutiesRecord(db, actor.townshipId, deputyId, year),
    deputyReceptionYear(db, actor.townshipId, deputyId, year),
  ]);
  const sections = gathered.get(deputyId)!;
  const deputy: RecordDeputy = { ...facts };
  delete (deputy as Partial<DeputyRecordFacts>).linkedMemberIds;
  const thisYear = todayInChina().getUTCFullYear();
  return {
    year,
    years: recordYears(Number(facts.startDate.slice(0, 4)), thisYear),
    deputy,
    ...sections,
    training,
    groupActivities,
    duties,
    reception,
    rules: { absences: ABSENCE_RULE },
  };
}
