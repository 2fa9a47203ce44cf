// The annual summary (年度工作总结), the half-year brief (半年小结) and the term's review (届期工作回顾): every figure
// computed by the module that owns it — each module's ONE year-figures function, called here in parallel — with the
// same period of the year before beside it and the change. Nothing is counted here; see lib/year/key-figures.ts for
// the flat list the pages, dashboards and the drafted report read.
import { db } from "@/lib/db";
import { notFound } from "@/lib/http/errors";
import { formatDay, todayInChina } from "@/lib/time/day";
import { dutyYearFigures } from "@/lib/duties/public";
import { groupActivityYearFigures } from "@/lib/group-activities/public";
import { petitionYearFigures } from "@/lib/petitions/public";
import { receptionYearFigures } from "@/lib/reception/public";
import { sessionYearFigures } from "@/lib/sessions/public";
import { suggestionFiguresOf } from "@/lib/suggestions/public";
import { supervisionYearFigures } from "@/lib/supervision/public";
import { trainingYearFigures } from "@/lib/training/public";
import { periodEnd, termTotals, termYears, type SummaryPeriod, type TermReviewRow } from "@/lib/year/rules";
import {
  KEY_FIGURES,
  SUMMARY_AREAS,
  keyFigures,
  type FigureUnit,
  type KeyFigure,
  type KeyFigureId,
  type SummaryAreaId,
  type YearFigureSet,
} from "@/lib/year/key-figures";

export { periodEnd, termTotals, termYears, type SummaryPeriod, type TermReviewRow } from "@/lib/year/rules";
export {
  KEY_FIGURES,
  SUMMARY_AREAS,
  changeText,
  valueText,
  type FigureUnit,
  type KeyFigure,
  type KeyFigureId,
  type SummaryAreaId,
  type YearFigureSet,
} from "@/lib/year/key-figures";

export interface SummaryOptions {
  period?: SummaryPeriod;
  /** What has happened and what is overdue is judged on this day (default today in China). */
  today?: Date;
}

export interface YearSummary {
  townshipId: string;
  year: number;
  period: SummaryPeriod;
  /** The period's first and last day (年-月-日); the last is today while the period runs. */
  from: string;
  through: string;
  /** The day the figures were counted on. */
  asOf: string;
  current: YearFigureSet;
  previous: YearFigureSet;
  /** The key figures, flat, in the areas' order: value, previous, change, unit and the page behind each. */
  figures: KeyFigure[];
  areas: typeof SUMMARY_AREAS;
}

/**
 * Every module's figures of one township-year, in parallel. With `period: "half"` each dated record counts only
 * through 30 June: every module takes `through` (suggestions by the day raised, supervision by the activity's start,
 * reception by the day's date; training by its `today`).
 */
export async function yearFigureSet(
  townshipId: string,
  year: number,
  opts: SummaryOptions = {},
): Promise<YearFigureSet> {
  const period = opts.period ?? "year";
  const today = opts.today ?? todayInChina();
  const through = periodEnd(year, period, today);
  const half = period === "half" ? { through } : {};
  const [sessions, supervision, suggestions, petitions, reception, training, groups, duties] = await Promise.all([
    sessionYearFigures(db, townshipId, year, { today, ...half }),
    supervisionYearFigures(db, townshipId, year, { today, ...half }),
    suggestionFiguresOf(townshipId, { year, ...half }),
    petitionYearFigures(db, townshipId, year, { today, ...half }),
    receptionYearFigures(db, townshipId, year, half),
    trainingYearFigures(db, townshipId, year, { today: through }),
    groupActivityYearFigures(db, townshipId, year, today, half),
    dutyYearFigures(db, townshipId, year, half),
  ]);
  return {
    year,
    through: formatDay(through),
    sessions,
    supervision,
    suggestions,
    petitions,
    reception,
    training,
    groups,
    duties,
  };
}

/** The summary of a township's year (or half year), the same period of the year before beside it. */
export async function yearSummary(townshipId: string, year: number, opts: SummaryOptions = {}): Promise<YearSummary> {
  const period = opts.period ?? "year";
  const today = opts.today ?? todayInChina();
  const [current, previous] = await Promise.all([
    yearFigureSet(townshipId, year, { period, today }),
    yearFigureSet(townshipId, year - 1, { period, today }),
  ]);
  return {
    townshipId,
    year,
    period,
    from: `${year}-01-01`,
    through: current.through,
    asOf: formatDay(today),
    current,
    previous,
    figures: keyFigures(current, previous),
    areas: SUMMARY_AREAS,
  };
}

export interface TermReview {
  townshipId: string;
  term: { id: string; number: number; startDate: string; endDate: string };
  asOf: string;
  /** The key figures' definitions, in order (the columns). */
  figures: { id: KeyFigureId; area: SummaryAreaId; label: string; unit: FigureUnit; href: string }[];
  /** One row per calendar year the term reaches into, up to this year. */
  rows: TermReviewRow[];
  /** Counts summed over the years; a rate has no sum (null): read it year by year. */
  totals: Record<KeyFigureId, number | null>;
  areas: typeof SUMMARY_AREAS;
}

/** 届期工作回顾: the key figures year by year over a term (404 when the term is not the township's), with totals. */
export async function termReview(townshipId: string, termId: string, opts: { today?: Date } = {}): Promise<TermReview> {
  const today = opts.today ?? todayInChina();
  const term = await db.term.findFirst({
    where: { townshipId, id: termId },
    select: { id: true, number: true, startDate: true, endDate: true },
  });
  if (!term) throw notFound("届次不存在");
  const years = termYears(term.startDate, term.endDate, today);
  const sets = await Promise.all(years.map((year) => yearFigureSet(townshipId, year, { today })));
  const rows = sets.map((set) => ({
    year: set.year,
    values: Object.fromEntries(KEY_FIGURES.map((d) => [d.id, d.value(set)])) as Record<KeyFigureId, number | null>,
  }));
  const lastYear = years.at(-1) ?? today.getUTCFullYear();
  return {
    townshipId,
    term: {
      id: term.id,
      number: term.number,
      startDate: formatDay(term.startDate),
      endDate: formatDay(term.endDate),
    },
    asOf: formatDay(today),
    figures: KEY_FIGURES.map((d) => ({ id: d.id, area: d.area, label: d.label, unit: d.unit, href: d.href(lastYear) })),
    rows,
    totals: termTotals(rows),
    areas: SUMMARY_AREAS,
  };
}
