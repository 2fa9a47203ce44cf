// 履职公示 (代表法 第五十八条第二款: the presidium "公示代表基本信息和履职信息"): the office publishes a year, and
// every signed-in role reads each sitting deputy's figures — names, group and 选区 only, never an ID number,
// phone, address or birth date, and no record ids. Publishing and withdrawing are audited; a withdrawn year
// can be published again.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { scopedDb } from "@/lib/db/township-scope";
import { lockName } from "@/lib/db/locks";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { conflict, validation } from "@/lib/http/errors";
import { todayInChina } from "@/lib/time/day";
import { publicationRoll } from "@/lib/roster/public";
import { deputyTrainingYears, type DeputyTrainingYear } from "@/lib/training/public";
import { deputyGroupActivityCounts, type DeputyGroupActivityCount } from "@/lib/group-activities/public";
import { deputyDutyCounts, sixOneCards, type DeputyDutyCounts, type DeputySixOneCard } from "@/lib/duties/public";
import { deputyReceptionServed } from "@/lib/reception/public";
import { gatherSections, type RecordSections } from "@/lib/deputy-record/record";
import type { PublicationInput, WithdrawInput } from "@/lib/deputy-record/schema";

export interface PublicRow {
  /** 序号 in the list. */
  no: number;
  name: string;
  group: string | null;
  constituency: string;
  sessions: { total: number; attended: number; leave: number; absent: number };
  suggestions: { total: number; led: number };
  supervision: { activities: number; polls: number };
  /** Trainings attended and days attended in the year. */
  training: { attended: number; days: number };
  /** Verified duty entries of the year (履职登记). */
  duties: { verified: number };
  /** Group activities attended. */
  groupActivities: { attended: number };
  /** Reception days (接待选民日) served. */
  reception: { served: number };
  /** "六个一" lines met of all. */
  sixOne: { met: number; of: number };
}

/** A deputy's figures from the modules' year batches (the same rules as the record's sections). */
export interface YearBatches {
  training: DeputyTrainingYear;
  groupActivities: DeputyGroupActivityCount;
  duties: DeputyDutyCounts;
  receptionServed: number;
  sixOne: DeputySixOneCard;
}

/** One deputy's published figures: counts only, from the same sections and rules the record shows. */
export function publicRow(
  d: { name: string; group: { name: string } | null; constituency: string },
  s: RecordSections,
  b: YearBatches,
  no: number,
): PublicRow {
  const f = s.sessions.figures;
  return {
    no,
    name: d.name,
    group: d.group?.name ?? null,
    constituency: d.constituency,
    sessions: { total: f.total, attended: f.present + f.leftEarly, leave: f.leave, absent: f.absent },
    suggestions: { total: s.suggestions.figures.total, led: s.suggestions.figures.led },
    supervision: { activities: s.supervision.figures.activities, polls: s.supervision.figures.polls },
    training: { attended: b.training.tally.attended, days: b.training.tally.days },
    duties: { verified: b.duties.verified },
    groupActivities: { attended: b.groupActivities.attended },
    reception: { served: b.receptionServed },
    sixOne: { met: b.sixOne.met, of: b.sixOne.lines.length },
  };
}

/** Every sitting deputy's figures of `year`, in name order; a constant number of queries whatever their number. */
export async function publicRows(townshipId: string, year: number): Promise<PublicRow[]> {
  const roll = await publicationRoll(db, townshipId, year);
  const ids = roll.map((d) => d.id);
  const [sections, training, groupActivities, duties, reception, sixOne] = await Promise.all([
    gatherSections(db, townshipId, ids, year),
    deputyTrainingYears(db, townshipId, year, ids),
    deputyGroupActivityCounts(db, townshipId, year, ids),
    deputyDutyCounts(db, townshipId, year, ids),
    deputyReceptionServed(db, townshipId, year, ids),
    sixOneCards(db, townshipId, year, ids),
  ]);
  return roll.map((d, i) =>
    publicRow(
      d,
      sections.get(d.id)!,
      {
        training: training.get(d.id)!,
        groupActivities: groupActivities.get(d.id)!,
        duties: duties.get(d.id)!,
        receptionServed: reception.get(d.id)!,
        sixOne: sixOne.get(d.id)!,
      },
      i + 1,
    ),
  );
}

export interface PublicationView {
  year: number;
  /** Published and not withdrawn. */
  published: boolean;
  publishedAt: string | null;
  withdrawnAt: string | null;
  /** The office sees the figures before publishing (a preview); others only once published. */
  preview: boolean;
  rows: PublicRow[] | null;
  canPublish: boolean;
}

/** The 公示 of a year as the actor may see it. */
export async function publicationView(actor: Actor, year: number): Promise<PublicationView> {
  const p = await scopedDb(actor.townshipId).dutyRecordPublication.findFirst({ where: { year } });
  const published = !!p && !p.withdrawnAt;
  const canPublish = can(actor, "deputy_record.publish");
  const show = published || canPublish;
  return {
    year,
    published,
    publishedAt: p && published ? p.publishedAt.toISOString() : null,
    withdrawnAt: p?.withdrawnAt?.toISOString() ?? null,
    preview: !published && canPublish,
    rows: show ? await publicRows(actor.townshipId, year) : null,
    canPublish,
  };
}

/** Publishes a year (again, after a withdrawal); a year not yet begun cannot be. */
export async function publishYear(actor: Actor, input: PublicationInput) {
  if (input.year > todayInChina().getUTCFullYear()) throw validation({ year: "年度：不能公示尚未开始的年度" });
  await scopedDb(actor.townshipId).$transaction(async (tx) => {
    await lockName(tx, `duty-record-publication:${actor.townshipId}:${input.year}`);
    const before = await tx.dutyRecordPublication.findFirst({ where: { year: input.year } });
    if (before && !before.withdrawnAt) throw conflict(`${input.year}年度的履职情况已经公示`);
    const data = { publishedAt: new Date(), publishedById: actor.userId, withdrawnAt: null };
    const row = before
      ? await tx.dutyRecordPublication.update({ where: { id: before.id }, data })
      : await tx.dutyRecordPublication.create({
          data: { ...data, townshipId: actor.townshipId, year: input.year },
        });
    await recordAudit(tx, subjectOf(actor), {
      action: "deputy_record.published",
      recordType: "DutyRecordPublication",
      recordId: row.id,
      before: before ? { withdrawnAt: before.withdrawnAt } : null,
      after: { year: input.year },
    });
  });
  return publicationView(actor, input.year);
}

/** Withdraws a published year, with the reason in the audit trail. */
export async function withdrawYear(actor: Actor, input: WithdrawInput) {
  await scopedDb(actor.townshipId).$transaction(async (tx) => {
    await lockName(tx, `duty-record-publication:${actor.townshipId}:${input.year}`);
    const before = await tx.dutyRecordPublication.findFirst({ where: { year: input.year } });
    if (!before || before.withdrawnAt) throw conflict(`${input.year}年度的履职情况未在公示中，无需撤回`);
    await tx.dutyRecordPublication.update({ where: { id: before.id }, data: { withdrawnAt: new Date() } });
    await recordAudit(tx, subjectOf(actor), {
      action: "deputy_record.withdrawn",
      recordType: "DutyRecordPublication",
      recordId: before.id,
      before: { year: input.year, publishedAt: before.publishedAt },
      after: { year: input.year },
      reason: input.reason,
    });
  });
  return publicationView(actor, input.year);
}
