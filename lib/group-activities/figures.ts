// The year's group-activity figures (代表小组活动年度数字) and one deputy's group activities of a year (履职档案).
// Every query names the township: pass the plain client or a transaction of it.
import type { Tx } from "@/lib/db";
import { getSettings } from "@/lib/settings";
import { groupOrderBy, publicationRollIds } from "@/lib/roster/public";
import { formatDay, todayInChina, yearDays } from "@/lib/time/day";
import { groupWarnings, NORMS_TEXT, quarterOf, type GroupWarning } from "@/lib/group-activities/rules";

const yearRange = (year: number) => ({ gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) });

export interface GroupYearRow {
  groupId: string;
  name: string;
  byQuarter: [number, number, number, number];
  total: number;
  /** Quarters (1–4) with a plan (五个有: 计划). */
  plannedQuarters: number[];
  warnings: GroupWarning[];
}

export interface GroupActivityYearFigures {
  year: number;
  rules: { norms: string; counted: string };
  groups: GroupYearRow[];
  total: number;
  /** Attendances (人次). */
  attendances: number;
  /** Suggestions raised at the year's activities (created from their records). */
  suggestions: number;
  /** Groups with at least one warning. */
  warned: number;
}

export async function groupActivityYearFigures(
  client: Tx,
  townshipId: string,
  year: number,
  today = todayInChina(),
  opts: { through?: Date } = {},
): Promise<GroupActivityYearFigures> {
  // `through`: only the activities held up to that day (the half-year brief).
  const heldOn = yearDays(year, opts.through);
  const [groups, activities, plans, attendances, suggestions, settings] = await Promise.all([
    client.representativeGroup.findMany({
      where: { townshipId },
      orderBy: groupOrderBy,
      select: { id: true, name: true },
    }),
    client.groupActivity.findMany({ where: { townshipId, heldOn }, select: { groupId: true, heldOn: true } }),
    client.groupActivityPlan.findMany({ where: { townshipId, year }, select: { groupId: true, quarter: true } }),
    client.groupActivityAttendee.count({ where: { townshipId, activity: { heldOn } } }),
    client.groupActivitySuggestion.count({ where: { townshipId, activity: { heldOn } } }),
    getSettings(),
  ]);
  const norms = { minPerQuarter: settings["groups.minPerQuarter"], minPerYear: settings["groups.minPerYear"] };
  const rows = groups.map((g) => {
    const byQuarter: [number, number, number, number] = [0, 0, 0, 0];
    for (const a of activities) if (a.groupId === g.id) byQuarter[quarterOf(a.heldOn) - 1]++;
    return {
      groupId: g.id,
      name: g.name,
      byQuarter,
      total: byQuarter.reduce((a, b) => a + b, 0),
      plannedQuarters: plans
        .filter((p) => p.groupId === g.id)
        .map((p) => p.quarter)
        .sort(),
      warnings: groupWarnings(year, { byQuarter }, norms, today),
    };
  });
  return {
    year,
    rules: { norms: NORMS_TEXT(norms), counted: "活动按活动日期计入当年、当季度；出席人次为登记的出席代表之和。" },
    groups: rows,
    total: activities.length,
    attendances,
    suggestions,
    warned: rows.filter((r) => r.warnings.length).length,
  };
}

export interface DeputyGroupActivities {
  year: number;
  deputyId: string;
  /** The deputy's current group and how many activities it held that year (null: in no group). */
  group: { id: string; name: string; held: number } | null;
  /** The activities the deputy attended (recorded as attendee), oldest first. */
  attended: { id: string; heldOn: string; topic: string; groupName: string }[];
}

/** The deputies' current groups with the activities each group held in the year: one query each. */
async function groupsHeld(client: Tx, townshipId: string, deputyIds: string[], year: number) {
  const [deputies, held] = await Promise.all([
    client.deputy.findMany({
      where: { townshipId, id: { in: deputyIds } },
      select: { id: true, group: { select: { id: true, name: true } } },
    }),
    client.groupActivity.groupBy({
      by: ["groupId"],
      where: { townshipId, heldOn: yearRange(year) },
      _count: { _all: true },
    }),
  ]);
  const heldOf = new Map(held.map((h) => [h.groupId, h._count._all]));
  return new Map(
    deputies.map((d) => [
      d.id,
      d.group ? { id: d.group.id, name: d.group.name, held: heldOf.get(d.group.id) ?? 0 } : null,
    ]),
  );
}

export async function deputyGroupActivities(
  client: Tx,
  townshipId: string,
  deputyId: string,
  year: number,
): Promise<DeputyGroupActivities> {
  const [groups, attended] = await Promise.all([
    groupsHeld(client, townshipId, [deputyId], year),
    client.groupActivityAttendee.findMany({
      where: { townshipId, deputyId, activity: { heldOn: yearRange(year) } },
      orderBy: [{ activity: { heldOn: "asc" } }, { activity: { createdAt: "asc" } }],
      select: { activity: { select: { id: true, heldOn: true, topic: true, group: { select: { name: true } } } } },
    }),
  ]);
  return {
    year,
    deputyId,
    group: groups.get(deputyId) ?? null,
    attended: attended.map(({ activity: a }) => ({
      id: a.id,
      heldOn: formatDay(a.heldOn),
      topic: a.topic,
      groupName: a.group.name,
    })),
  };
}

export interface DeputyGroupActivityCount {
  deputyId: string;
  /** As the record's group: the current group and its activities of the year (null: in no group). */
  group: { id: string; name: string; held: number } | null;
  /** Activities of the year the deputy attended (the record's attended, counted). */
  attended: number;
}

/**
 * Every sitting deputy's group activities of the year (those the 公示 lists), or the named deputies'; the
 * record's rules (deputyGroupActivities) in a constant number of queries whatever the number of deputies.
 */
export async function deputyGroupActivityCounts(
  client: Tx,
  townshipId: string,
  year: number,
  deputyIds?: string[],
): Promise<Map<string, DeputyGroupActivityCount>> {
  const ids = deputyIds ?? (await publicationRollIds(client, townshipId, year));
  const [groups, attended] = await Promise.all([
    groupsHeld(client, townshipId, ids, year),
    client.groupActivityAttendee.groupBy({
      by: ["deputyId"],
      where: { townshipId, deputyId: { in: ids }, activity: { heldOn: yearRange(year) } },
      _count: { _all: true },
    }),
  ]);
  const attendedOf = new Map(attended.map((a) => [a.deputyId, a._count._all]));
  return new Map(
    ids.map((deputyId) => [
      deputyId,
      { deputyId, group: groups.get(deputyId) ?? null, attended: attendedOf.get(deputyId) ?? 0 },
    ]),
  );
}
