// Filters of the sign-in list at the door (pure: the page filters the roll it already holds).

/** The value of the group filter for deputies in no group. */
export const NO_GROUP = "__none__";

export interface RollFilter {
  /** Part of a name; spaces ignored. */
  q: string;
  /** A group's name, NO_GROUP, or "" for every group. */
  group: string;
  /** Only those not yet signed in (no mark at all). */
  unmarkedOnly: boolean;
}

export const NO_FILTER: RollFilter = { q: "", group: "", unmarkedOnly: false };

/** The deputies of `rows` the filter keeps, in the roll's order. */
export function filterRoll<T extends { name: string; group: string | null; status: string | null }>(
  rows: readonly T[],
  f: RollFilter,
): T[] {
  const q = f.q.replace(/\s+/g, "");
  return rows.filter(
    (d) =>
      (!q || d.name.replace(/\s+/g, "").includes(q)) &&
      (!f.group || (f.group === NO_GROUP ? d.group === null : d.group === f.group)) &&
      (!f.unmarkedOnly || d.status === null),
  );
}

/** The groups on the roll, each once, in the order given (the roll in group order), "no group" last. */
export function rollGroups(rowsInGroupOrder: readonly { group: string | null }[]): {
  groups: string[];
  ungrouped: boolean;
} {
  const groups = [...new Set(rowsInGroupOrder.flatMap((d) => (d.group ? [d.group] : [])))];
  return { groups, ungrouped: rowsInGroupOrder.some((d) => d.group === null) };
}
