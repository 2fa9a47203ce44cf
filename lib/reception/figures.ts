// The year's reception-day figures (接待选民日年度数字): days held, visitors received, issues raised and solved
// ("接待群众6人，及时解决问题5个"), what became suggestions or petitions, and the sitting deputies who have served
// and who have not. One function the annual summary calls and the pages show; and one deputy's days, for the
// deputy's record (履职档案). Every figure is counted from the records, with its rule written next to it.
import type { Tx } from "@/lib/db";
import { getSettings } from "@/lib/settings";
import { deputyNameOrderBy, nameOrder, sittingWhere } from "@/lib/roster/public";
import { formatDay, parseDay, todayInChina } from "@/lib/time/day";
import { dayStatus, type DayStatus } from "@/lib/reception/rules";

export const FIGURE_RULES = {
  held: "已举行：当天登记了来访、到场代表或标记为已举行的接待日（取消的不计）。",
  visitors: "来访群众：已举行的接待日登记的来访人次；每人次反映的问题计一个。",
  served: "已值班：在已举行的接待日值班且未登记为缺席；在任代表按年底（本年为今天）在任计。",
} as const;

export interface ReceptionYearFigures {
  year: number;
  rules: typeof FIGURE_RULES;
  days: { planned: number; held: number; cancelled: number };
  visitors: number;
  issues: number;
  solved: number;
  toSuggestions: number;
  toPetitions: number;
  /** Sitting deputies with at least `reception.minDutiesPerDeputy` duties served, and those below it. */
  deputies: {
    minDuties: number;
    sitting: number;
    /** Every sitting deputy with the duties served, in name order. */
    all: { id: string; name: string; duties: number }[];
    served: { id: string; name: string; duties: number }[];
    notServed: { id: string; name: string; duties: number }[];
  };
}

/** The day the sitting roster is read on: the year's last day, or today for the current year. */
const rosterDay = (year: number) => {
  const end = parseDay(`${year}-12-31`);
  const today = todayInChina();
  return end.getTime() < today.getTime() ? end : today;
};

/** Days on or before `through` (none when unset). */
const onOrBefore = (through?: Date) => (through ? { date: { lte: through } } : {});

async function deputyCounts(client: Tx, townshipId: string, year: number, minDuties: number, through?: Date) {
  const term = await client.term.findFirst({ where: { townshipId, isCurrent: true }, select: { id: true } });
  const [sitting, duties] = await Promise.all([
    term
      ? client.deputy.findMany({
          where: { townshipId, ...sittingWhere(term.id, rosterDay(year)) },
          orderBy: deputyNameOrderBy(await nameOrder()),
          select: { id: true, name: true },
        })
      : [],
    client.receptionDuty.groupBy({
      by: ["deputyId"],
      // Present, or not marked: a duty counts unless the deputy is recorded absent.
      where: {
        townshipId,
        OR: [{ present: true }, { present: null }],
        day: { year, cancelled: false, heldOn: { not: null }, ...onOrBefore(through) },
      },
      _count: { _all: true },
    }),
  ]);
  const served = new Map(duties.map((g) => [g.deputyId, g._count._all]));
  const rows = sitting.map((d) => ({ id: d.id, name: d.name, duties: served.get(d.id) ?? 0 }));
  return {
    minDuties,
    sitting: rows.length,
    all: rows,
    served: rows.filter((r) => r.duties >= minDuties),
    notServed: rows.filter((r) => r.duties < minDuties),
  };
}

/** The year's figures; `through` counts only the days up to that day (the half-year brief). */
export async function receptionYearFigures(
  client: Tx,
  townshipId: string,
  year: number,
  opts: { through?: Date } = {},
): Promise<ReceptionYearFigures> {
  const minDuties = (await getSettings())["reception.minDutiesPerDeputy"];
  const upTo = onOrBefore(opts.through);
  const heldVisit = { townshipId, day: { year, cancelled: false, heldOn: { not: null }, ...upTo } };
  const [planned, held, cancelled, visitors, solved, toSuggestions, toPetitions, deputies] = await Promise.all([
    client.receptionDay.count({ where: { townshipId, year, cancelled: false, ...upTo } }),
    client.receptionDay.count({ where: { townshipId, year, cancelled: false, heldOn: { not: null }, ...upTo } }),
    client.receptionDay.count({ where: { townshipId, year, cancelled: true, ...upTo } }),
    client.receptionVisit.count({ where: heldVisit }),
    client.receptionVisit.count({ where: { ...heldVisit, solved: true } }),
    client.receptionVisit.count({ where: { ...heldVisit, suggestionId: { not: null } } }),
    client.receptionVisit.count({ where: { ...heldVisit, petition: { isNot: null } } }),
    deputyCounts(client, townshipId, year, minDuties, opts.through),
  ]);
  return {
    year,
    rules: FIGURE_RULES,
    days: { planned, held, cancelled },
    visitors,
    issues: visitors,
    solved,
    toSuggestions,
    toPetitions,
    deputies,
  };
}

export interface DeputyReceptionDay {
  id: string;
  date: string;
  place: string | null;
  status: DayStatus;
  /** Whether the deputy came (null: not recorded). */
  present: boolean | null;
  /** Visitors this deputy received that day. */
  received: number;
}

/** The reception days a deputy was on duty in the year, in date order (the deputy's record calls it). */
export async function deputyReceptionYear(
  client: Tx,
  townshipId: string,
  deputyId: string,
  year: number,
): Promise<DeputyReceptionDay[]> {
  const rows = await client.receptionDuty.findMany({
    where: { townshipId, deputyId, day: { year } },
    orderBy: { day: { date: "asc" } },
    select: {
      present: true,
      day: {
        select: {
          id: true,
          date: true,
          place: true,
          cancelled: true,
          heldOn: true,
          _count: { select: { visits: { where: { receivedByDeputyId: deputyId } } } },
        },
      },
    },
  });
  const today = todayInChina();
  return rows.map((r) => ({
    id: r.day.id,
    date: formatDay(r.day.date),
    place: r.day.place,
    status: dayStatus(r.day, today),
    present: r.present,
    received: r.day._count.visits,
  }));
}
