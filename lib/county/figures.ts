// The county view's figures (县人大): each township's key figures of a year, the year before beside them, and the
// county's total — read from the townships' own figures (never counted here) and only as numbers: no record, name
// or link into a township's pages leaves this module.
import type { Actor } from "@/lib/auth/actor";
import { todayInChina, formatDay } from "@/lib/time/day";
import { countyTownshipOrThrow, countyTownships, type CountyScope, type CountyTownship } from "@/lib/county/access";
import { KEY_FIGURES, yearSummary, type FigureUnit, type KeyFigure, type KeyFigureId } from "@/lib/year/public";

/** One key figure of a township's year as the annual summary states it — without its link into township pages. */
export type CountyFigure = Omit<KeyFigure, "href">;

/** A township's key figures of `year` with the year before, from its annual summary (lib/year: nothing counted here). */
async function keyFiguresOf(townshipId: string, year: number, today: Date): Promise<CountyFigure[]> {
  const summary = await yearSummary(townshipId, year, { today });
  return summary.figures.map(({ id, area, label, unit, value, previous, change }) => ({
    id,
    area,
    label,
    unit,
    value,
    previous,
    change,
  }));
}

/** The figures the side-by-side table shows, in order (every township's summary page shows all of them). */
export const COUNTY_COLUMNS: KeyFigureId[] = [
  "sessions.held",
  "supervision.activities",
  "suggestions.total",
  "suggestions.onTimeRate",
  "suggestions.satisfactionRate",
  "petitions.received",
  "petitions.handlingOnTimeRate",
  "reception.days",
  "training.held",
  "groups.activities",
  "duties.verified",
];

export interface CountyColumn {
  id: KeyFigureId;
  label: string;
  unit: FigureUnit;
}

export interface CountyCell {
  value: number | null;
  previous: number | null;
}

export interface CountyYear {
  county: CountyScope["county"];
  year: number;
  asOf: string;
  columns: CountyColumn[];
  townships: (CountyTownship & { figures: Record<string, CountyCell> })[];
  /**
   * The county's total of each count; a rate is null here — it is each township's own ratio and is not summed or
   * averaged across townships.
   */
  total: Record<string, CountyCell>;
}

const cellOf = (f: CountyFigure): CountyCell => ({ value: f.value, previous: f.previous });
const sum = (values: (number | null)[]) => values.reduce<number>((a, v) => a + (v ?? 0), 0);

/** How many townships' figures are read at once: each reads two years of every module. */
const BATCH = 3;

async function inBatches<T, R>(items: T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(...(await Promise.all(items.slice(i, i + BATCH).map(fn))));
  return out;
}

/** Every township of the actor's county side by side for `year`, with the year before and the county's total. */
export async function countyYear(actor: Actor, year: number, today = todayInChina()): Promise<CountyYear> {
  const scope = await countyTownships(actor);
  const all = await inBatches(scope.townships, async (t) => ({ t, figures: await keyFiguresOf(t.id, year, today) }));
  const columns = COUNTY_COLUMNS.map((id) => KEY_FIGURES.find((f) => f.id === id)!).map(({ id, label, unit }) => ({
    id,
    label,
    unit,
  }));
  const townships = all.map(({ t, figures }) => ({
    ...t,
    figures: Object.fromEntries(columns.map((c) => [c.id, cellOf(figures.find((f) => f.id === c.id)!)])) as Record<
      string,
      CountyCell
    >,
  }));
  const total = Object.fromEntries(
    columns.map((c) => {
      if (c.unit === "%") return [c.id, { value: null, previous: null }];
      const cells = townships.map((t) => t.figures[c.id]);
      return [c.id, { value: sum(cells.map((x) => x.value)), previous: sum(cells.map((x) => x.previous)) }];
    }),
  );
  return { county: scope.county, year, asOf: formatDay(today), columns, townships, total };
}

export interface CountyTownshipYear {
  county: NonNullable<CountyScope["county"]>;
  township: CountyTownship;
  year: number;
  asOf: string;
  figures: CountyFigure[];
}

/** One township of the actor's county: all its key figures of `year` with the year before (NOT_FOUND outside). */
export async function countyTownshipYear(
  actor: Actor,
  townshipId: string,
  year: number,
  today = todayInChina(),
): Promise<CountyTownshipYear> {
  const { county, township } = await countyTownshipOrThrow(actor, townshipId);
  return { county, township, year, asOf: formatDay(today), figures: await keyFiguresOf(township.id, year, today) };
}
