// Rates as the documents write them: a whole percent (民政办 94%, 按期办结率 95%).

/** Whole percent, half up, in integers (no binary fractions): 16/17 → 94, 33/34 → 97; null with no base. */
export function wholePercent(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.floor((part * 200 + whole) / (2 * whole));
}

/** A rate as prose and pages write it: "94%" or "94.1%", or "—" when there is nothing to divide by. */
export const percentText = (v: number | null) => (v === null ? "—" : `${v}%`);
