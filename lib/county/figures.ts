// The county view's figures (县人大): each township's key figures of a year, the year before beside them, and the
// county's total — read from the townships' own figures (never counted here) and only as numbers: no record, name
// or link into a township's pages leaves this module.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { todayInChina, formatDay } from "@/lib/time/day";
import { countyTownshipOrThrow, countyTownships, type CountyScope, type CountyTownship } from "@/lib/county/access";
import { dutyYearFigures } from "@/lib/duties/public";
import { groupActivityYearFigures } from "@/lib/group-activities/public";
import { receptionYearFigures } from "@/lib/reception/public";
import { supervisionYearFigures } from "@/lib/supervision/public";

/** One key figure of a township's year, as the annual summary states it. */
export interface CountyFigure {
  id: string;
  area: string;
  label: string;
  /** "%" for a rate (its change is in percentage points), else the count's unit. */
  unit: string;
  value: number | null;
  previous: number | null;
  change: number | null;
}

const changeOf = (value: number | null, previous: number | null) =>
  value === null || previous === null ? null : value - previous;

/**
 * ADAPTER: a township's key figures of `year` with the year before. Reads each module's one year-figures function
 * until the annual summary (lib/year/summary.ts yearSummary) is on main; then it reads that.
 */
async function keyFiguresOf(townshipId: string, year: number, today: Date): Promise<CountyFigure[]> {
  const one = async (y: number) => {
    const [supervision, reception, groups, duties] = await Promise.all([
      supervisionYearFigures(db, townshipId, y, { today }),
      receptionYearFigures(db, townshipId, y),
      groupActivityYearFigures(db, townshipId, y, today),
      dutyYearFigures(db, townshipId, y),
    ]);
    return [
      ["supervision.activities", "supervision", "开展监督活动", "项", supervision.activities.total],
      ["reception.days", "reception", "举行接待选民日", "次", reception.days.held],
      ["reception.visitors", "reception", "接待群众", "人次", reception.visitors],
      ["groups.activities", "groups", "代表小组活动", "次", groups.total],
      ["duties.verified", "duties", "履职登记（已核实）", "条", duties.verified],
      ["duties.deputies", "duties", "登记履职的代表", "人", duties.deputies],
    ] as const;
  };
  const [current, before] = await Promise.all([one(year), one(year - 1)]);
  return current.map(([id, area, label, unit, value], i) => {
    const previous = before[i][4];
    return { id, area, label, unit, value, previous, change: changeOf(value, previous) };
  });
}

/** The areas of the summary, in its order (ADAPTER: lib/year's SUMMARY_AREAS once on main). */
export const COUNTY_AREAS = [
  { id: "supervision", label: "监督" },
  { id: "reception", label: "接待选民日" },
  { id: "groups", label: "代表小组活动" },
  { id: "duties", label: "履职登记" },
] as const;

/** How a change reads: "增加 3 件", "减少 2 个百分点", "持平"; "—" when it cannot be said. */
export function changeText(change: number | null, unit: string): string {
  if (change === null) return "—";
  if (change === 0) return "持平";
  return `${change > 0 ? "增加" : "减少"} ${Math.abs(change)} ${unit === "%" ? "个百分点" : unit}`;
}

/** The figures the side-by-side table shows, in order (every township's summary page shows all of them). */
export const COUNTY_COLUMNS = [
  "supervision.activities",
  "reception.days",
  "reception.visitors",
  "groups.activities",
  "duties.verified",
] as const;

export interface CountyColumn {
  id: string;
  label: string;
  unit: string;
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
  const first = all[0]?.figures ?? [];
  const columns = COUNTY_COLUMNS.flatMap((id) => first.filter((f) => f.id === id)).map(({ id, label, unit }) => ({
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
