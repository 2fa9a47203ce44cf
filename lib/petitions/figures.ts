// The year's petition figures (信访工作年度数字): received, accepted, resolved, told within 15 days, finished on
// time; by channel, category and lead unit; the cases passed down by the county congress (上级人大转办) apart with
// their report back. One function the annual summary calls, the figures page shows and the year's table prints;
// every number is counted from the records by figures-rules.ts, with its rule written next to it.
import { z } from "zod";
import type { PetitionChannel, PetitionState } from "@/lib/generated/prisma/enums";
import { db, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { getSettings } from "@/lib/settings";
import { formatDay, parseDay, todayInChina, yearDays } from "@/lib/time/day";
import { CalendarYearQuery } from "@/lib/time/schema";
import { clockFromSettings } from "@/lib/petitions/clock";
import {
  HANDLING_RULE,
  RECEIVED_RULE,
  RESOLVED_RULE,
  UNIT_RULE,
  groupTallies,
  noticeRule,
  tallyPetitions,
  type FigureRow,
  type PetitionTally,
  type TallyGroup,
} from "@/lib/petitions/figures-rules";
import {
  PETITION_CATEGORIES,
  PETITION_CATEGORY_LABELS,
  PETITION_CHANNELS,
  PETITION_CHANNEL_LABELS,
} from "@/lib/petitions/labels";

export interface CountyCase {
  id: string;
  number: string | null;
  sourceDocNo: string | null;
  sourceDocDate: string | null;
  receivedOn: string;
  subject: string;
  state: PetitionState;
  reportedOn: string | null;
  reportNumber: string | null;
  closedOn: string | null;
}

export interface PetitionYearFigures {
  year: number;
  rules: { received: string; notice: string; handling: string; resolved: string; unit: string };
  /** Every petition received in the year, the county's included. */
  total: PetitionTally;
  byChannel: TallyGroup<PetitionChannel>[];
  byCategory: TallyGroup[];
  /** By the current lead unit, in the units' name order. */
  byUnit: TallyGroup[];
  /** 上级人大转办 / 交办, apart: their tally, how many were reported back, and each case. */
  county: { tally: PetitionTally; reported: number; cases: CountyCase[] };
}

/** The client or a transaction of it (every query names the township itself). */
type Client = Tx;

function loadYearPetitions(client: Client, townshipId: string, year: number, through?: Date) {
  return client.petition.findMany({
    where: { townshipId, receivedOn: yearDays(year, through) },
    orderBy: [{ receivedOn: "asc" }, { number: "asc" }, { id: "asc" }],
    select: {
      id: true,
      number: true,
      channel: true,
      category: true,
      intake: true,
      state: true,
      subject: true,
      receivedOn: true,
      notifiedOn: true,
      noticeWaivedReason: true,
      dueDate: true,
      closedOn: true,
      resolved: true,
      sourceDocNo: true,
      sourceDocDate: true,
      reportedOn: true,
      reportNumber: true,
      assignments: {
        where: { lead: true, active: true },
        orderBy: { assignedOn: "desc" },
        take: 1,
        select: { unit: { select: { name: true } } },
      },
    },
  });
}
type YearPetition = Awaited<ReturnType<typeof loadYearPetitions>>[number];

const figureRow = (p: YearPetition): FigureRow => ({
  channel: p.channel,
  category: p.category,
  intake: p.intake,
  state: p.state,
  receivedOn: p.receivedOn,
  notifiedOn: p.notifiedOn,
  noticeWaived: p.noticeWaivedReason != null,
  dueDate: p.dueDate,
  closedOn: p.closedOn,
  resolved: p.resolved,
  leadUnit: p.assignments[0]?.unit.name ?? null,
});

const day = (d: Date | null) => (d ? formatDay(d) : null);

const countyCase = (p: YearPetition): CountyCase => ({
  id: p.id,
  number: p.number,
  sourceDocNo: p.sourceDocNo,
  sourceDocDate: day(p.sourceDocDate),
  receivedOn: formatDay(p.receivedOn),
  subject: p.subject,
  state: p.state,
  reportedOn: day(p.reportedOn),
  reportNumber: p.reportNumber,
  closedOn: day(p.closedOn),
});

/**
 * The year's figures of one township. `today` decides what is overdue (default today in China); `through` counts
 * only the petitions received up to that day (the half-year brief).
 */
export async function petitionYearFigures(
  client: Client,
  townshipId: string,
  year: number,
  opts: { today?: Date; through?: Date } = {},
): Promise<PetitionYearFigures> {
  const today = opts.today ?? todayInChina();
  const clock = clockFromSettings(await getSettings());
  const petitions = await loadYearPetitions(client, townshipId, year, opts.through);
  const rows = petitions.map(figureRow);
  const units = [...new Set(rows.flatMap((r) => (r.leadUnit ? [r.leadUnit] : [])))].sort((a, b) =>
    a.localeCompare(b, "zh-Hans-CN"),
  );
  const county = petitions.filter((p) => p.channel === "COUNTY_TRANSFER");
  return {
    year,
    rules: {
      received: RECEIVED_RULE,
      notice: noticeRule(clock.noticeDays),
      handling: HANDLING_RULE,
      resolved: RESOLVED_RULE,
      unit: UNIT_RULE,
    },
    total: tallyPetitions(rows, today, clock),
    byChannel: groupTallies(
      rows,
      (r) => r.channel,
      PETITION_CHANNELS,
      (k) => PETITION_CHANNEL_LABELS[k],
      today,
      clock,
    ),
    byCategory: groupTallies(
      rows,
      (r) => r.category,
      PETITION_CATEGORIES,
      (k) => PETITION_CATEGORY_LABELS[k],
      today,
      clock,
    ),
    byUnit: groupTallies(
      rows,
      (r) => r.leadUnit,
      units,
      (k) => k,
      today,
      clock,
    ),
    county: {
      tally: tallyPetitions(county.map(figureRow), today, clock),
      reported: county.filter((p) => p.reportedOn).length,
      cases: county.map(countyCase),
    },
  };
}

/** The figures page, its API and the year's table: one year (default this year in China), the kernel's year query. */
export const PetitionYearQuery = CalendarYearQuery;
export type PetitionYearQuery = z.infer<typeof PetitionYearQuery>;

/** The actor's township's figures for a year (the page and the API). */
export const petitionFiguresFor = (actor: Actor, year: number) => petitionYearFigures(db, actor.townshipId, year);

/** One resolved case as a report cites it: its category and subject, the petitioners' names masked. */
export interface ResolvedExample {
  id: string;
  category: string;
  subject: string;
  closedOn: string;
}

/**
 * A few petitions received in [from, to) and closed as resolved (解决), latest first: the examples the drafted year
 * report cites ("notable cases resolved"). Names of the petitioners in the subject become ×× (the report is read
 * out at the session); county-transferred cases come first, as the reports name them first.
 */
export async function resolvedPetitionExamples(
  client: Client,
  townshipId: string,
  range: { from: string; to: string },
  limit = 3,
): Promise<ResolvedExample[]> {
  const rows = await client.petition.findMany({
    where: {
      townshipId,
      receivedOn: { gte: parseDay(range.from), lt: parseDay(range.to) },
      resolved: true,
      closedOn: { not: null },
    },
    orderBy: [{ closedOn: "desc" }, { number: "asc" }, { id: "asc" }],
    select: {
      id: true,
      channel: true,
      category: true,
      subject: true,
      closedOn: true,
      petitioners: { select: { name: true } },
    },
  });
  const mask = (subject: string, names: string[]) =>
    names.filter((n) => n.trim().length >= 2).reduce((s, n) => s.split(n.trim()).join("××"), subject);
  return rows
    .sort((a, b) => Number(b.channel === "COUNTY_TRANSFER") - Number(a.channel === "COUNTY_TRANSFER"))
    .slice(0, limit)
    .map((p) => ({
      id: p.id,
      category: PETITION_CATEGORY_LABELS[p.category],
      subject: mask(
        p.subject,
        p.petitioners.map((x) => x.name),
      ),
      closedOn: formatDay(p.closedOn!),
    }));
}
