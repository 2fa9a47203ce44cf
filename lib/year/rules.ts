// The annual summary's pure rules: the period's last day, a term's years, the term's totals.
import { parseDay } from "@/lib/time/day";
import { KEY_FIGURES, type KeyFigureId } from "@/lib/year/key-figures";

/** `year`: 1 January – 31 December; `half`: 1 January – 30 June (半年小结), against the same half a year before. */
export type SummaryPeriod = "year" | "half";

/** The last day of a period: 30 June for a half year, else 31 December; never after `today`. */
export function periodEnd(year: number, period: SummaryPeriod, today: Date): Date {
  const end = parseDay(period === "half" ? `${year}-06-30` : `${year}-12-31`);
  return end.getTime() < today.getTime() ? end : today;
}

export interface TermReviewRow {
  year: number;
  /** The key figures' values of that year, by id (null: a rate with no base). */
  values: Record<KeyFigureId, number | null>;
}

/** The calendar years of a term up to `today`'s year, oldest first. */
export function termYears(start: Date, end: Date, today: Date): number[] {
  const last = Math.min(end.getUTCFullYear(), today.getUTCFullYear());
  const years: number[] = [];
  for (let y = start.getUTCFullYear(); y <= last; y++) years.push(y);
  return years;
}

/** Sums the counts of `rows`; a rate (unit %) has no sum. */
export function termTotals(rows: readonly TermReviewRow[]): Record<KeyFigureId, number | null> {
  return Object.fromEntries(
    KEY_FIGURES.map((d) => [d.id, d.unit === "%" ? null : rows.reduce((n, r) => n + (r.values[d.id] ?? 0), 0)]),
  ) as Record<KeyFigureId, number | null>;
}
