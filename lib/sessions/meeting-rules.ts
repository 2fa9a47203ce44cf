// 主席团会议: the checks a meeting's record must pass. Pure.

export interface RollEntry {
  attendance: "PRESENT" | "LEAVE" | "ABSENT";
}

/**
 * A meeting on or before today has been held: its record names at least one presidium member present.
 * A meeting registered ahead (a later day) may leave the roll for the day itself. Our safeguard, not a law.
 */
export function rollProblem(day: string, today: string, members: readonly RollEntry[]): string | null {
  if (day > today) return null;
  return members.some((m) => m.attendance === "PRESENT") ? null : "会议已举行，请登记出席的主席团成员";
}

/** The meeting's day lies within the term it is numbered in. */
export function termDayProblem(day: string, term: { number: number; startDate: string; endDate: string }) {
  return day < term.startDate || day > term.endDate ? `须在本届任期内（${term.startDate} 至 ${term.endDate}）` : null;
}

/** The first index of a value seen before, or -1. */
export function firstRepeat<T>(values: readonly T[]): number {
  const seen = new Set<T>();
  for (const [i, v] of values.entries()) {
    if (seen.has(v)) return i;
    seen.add(v);
  }
  return -1;
}
